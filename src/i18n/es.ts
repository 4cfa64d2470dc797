/**
 * Spanish (US) UI words: the same keys as en.ts, in usted, sentence case. `{name}` marks a value
 * filled in by `fill`, and `{ one, other }` objects are plural forms chosen by `plural`
 * (src/i18n/format.ts); Spanish needs only `one` and `other` here (Intl's `many` is for a
 * million and up, and falls back to `other`, which reads correctly with a numeral).
 *
 * Terms follow the Spanish edition's content (content/es/): padrino o madrina, reunión, grupo de
 * ayuda mutua, volver a consumir, coach de recuperación, tarjeta de bolsillo, grupo base.
 * Phone numbers and line names come from the configuration through placeholders.
 */
import type { Dictionary } from './dictionary';

export const es: Dictionary = {
	site: {
		/** The site's short name, under an installed app's icon. */
		appName: 'Juntos',
		skipLink: 'Saltar al contenido principal',
		home: 'Inicio',
		breadcrumb: 'Ruta de navegación',
		mainNav: 'Principal',
		footerNav: 'Pie de página',
		darkTheme: 'Tema oscuro',
	},
	nav: {
		articles: 'Artículos',
		directory: 'Directorio',
		getHelp: 'Encuentre ayuda',
		inRecovery: 'Para personas en recuperación',
		forFamilies: 'Para familiares y amigos',
		glossary: 'Glosario',
		myCircle: 'Mi círculo',
		about: 'Acerca de',
		privacy: 'Privacidad',
		accessibility: 'Accesibilidad',
		rss: 'Canal RSS',
	},
	lines: {
		/** Language names Intl has no word for in every language, by code. */
		languageNames: { ase: 'lenguaje de señas americano (ASL)' },
		call: 'Llame al {number}',
		text: 'Envíe un texto al {number}',
		textKeyword: 'Envíe {keyword} por texto al {number}',
		tty: 'TTY {number}',
		chat: 'Chat en línea',
		chatWith: ' con {name}',
		/** After the helpline's name where it is not answered in the page's language. */
		answeredIn: '(en {languages})',
		callTo: 'Llame a {name}',
		kinds: {
			provider: 'Línea de un proveedor de tratamiento',
			crisis: 'Línea de crisis',
			referral: 'Línea de referencias',
			emergency: 'Emergencias',
		},
		whoAnswers: 'Quién contesta',
		when: 'Cuándo',
		languages: 'Idiomas',
		whatHappens: 'Qué pasa',
		website: 'Sitio web: {name}',
		providerNote: '(línea de un proveedor de tratamiento)',
	},
	callBar: {
		label: 'Llame para pedir ayuda',
		crisisLines: 'Líneas de crisis',
		/** The phone bar's short labels; the message still carries a line's keyword. */
		call: 'Llame al {number}',
		text: 'Texto al {number}',
	},
	footer: {
		linesTitle: 'Líneas de crisis y de ayuda',
		privacy: 'Sin rastreo, sin cookies, sin anuncios: lo que lee y busca aquí se queda en su dispositivo.',
		privacyLink: 'Nuestra promesa de privacidad',
		publisher:
			'{site} es una publicación de {publisher}, {description}. La línea de ayuda de este sitio es la de ese proveedor ({helpline}); las líneas nacionales de arriba no dependen de él.',
	},
	crisis: {
		label: 'Líneas de crisis',
		title: 'Si está pensando en el suicidio o está pasando por una crisis, hay ayuda ahora mismo.',
		searchTitle: 'No tiene que pasar por esto a solas. Hay ayuda ahora mismo.',
		providerToo: 'También puede llamar a {helpline}:',
	},
	helplineCallout: {
		title: 'Hable con alguien ahora',
		text: 'No tiene que resolver esto a solas. Una persona de verdad puede ayudarle hoy.',
		note: '{publisher} es un proveedor de tratamiento; su línea le comunica con {who}. Las líneas nacionales son gratis, privadas e independientes del proveedor.',
		seeAll: 'Ver todas las líneas',
	},
	callout: { note: 'Nota', tip: 'Pruebe esto', care: 'Cuídese' },
	keyPoints: 'Puntos clave',
	search: {
		button: 'Buscar',
		title: 'Buscar',
		close: 'Cerrar',
		closeWhat: ' la búsqueda',
		label: 'Buscar en el sitio',
		placeholder: 'Pruebe “padrino” o “Al-Anon”',
		keys: 'Use las flechas para recorrer los resultados. Enter abre uno. Esc cierra.',
		fullPage: 'Abrir la página de búsqueda completa, con filtros',
		searchFor: '¿Qué busca?',
		searching: 'Buscando…',
		results: { one: '{count} resultado', other: '{count} resultados' },
		resultsFor: { one: '{count} resultado para “{query}”', other: '{count} resultados para “{query}”' },
		inPage: '{section}, en {page}',
		showMore: 'Mostrar más resultados',
		filters: 'Filtros',
		clearFilters: 'Borrar filtros',
		typeLegend: 'Tipo',
		topicLegend: 'Tema',
		unavailable: 'La búsqueda no está disponible en este momento.',
		needsJs: 'La búsqueda necesita JavaScript, que está desactivado en su navegador.',
		stillFind: 'Aun así, puede encontrar todo desde estas páginas:',
		allArticles: 'Todos los artículos',
		theDirectory: 'El directorio de apoyo',
		everyLine: 'Encuentre ayuda ahora: todas las líneas a las que puede llamar o enviar un texto',
		types: {
			article: 'Artículo',
			supportType: 'Tipo de apoyo',
			guide: 'Guía',
			topic: 'Tema',
			glossary: 'Glosario',
			directory: 'Directorio',
			page: 'Página',
		},
	},
	articles: {
		updated: 'Actualizado el {date}',
		minutes: { one: '{count} min de lectura', other: '{count} min de lectura' },
		forAudiences: 'Para {audiences}',
		and: ' y para ',
		topics: 'Temas',
		sources: 'Fuentes',
		supportMentioned: 'Apoyo que se menciona aquí',
		keepReading: 'Siga leyendo',
		step: 'Lectura {count}',
		onThisPage: 'En esta página',
		linkToSection: 'Enlace a esta sección',
		filterLabel: 'Filtrar artículos',
		all: 'Todos los artículos',
		allCount: { one: 'Todos los artículos ({count})', other: 'Todos los artículos ({count})' },
		count: { one: '{count} artículo', other: '{count} artículos' },
		countOnTopic: { one: '{count} artículo sobre este tema', other: '{count} artículos sobre este tema' },
		whoFor: 'Para quién es',
		topic: 'Tema',
		forAudience: 'Artículos para {audience}',
	},
	hub: {
		readingPath: 'Lecturas en orden',
		readingPathIntro: 'Léalas en este orden, o elija la que le sirva hoy.',
		supportThatFits: 'Apoyo que le puede servir',
		everyKind: 'Ver todos los tipos de apoyo',
	},
	directory: {
		browse: 'Explorar por tipo',
		otherKinds: 'Otros tipos de apoyo',
		printLink: 'Lista para imprimir con todos los tipos de apoyo y todas las líneas',
		filtersTitle: 'Filtrar tipos de apoyo',
		filtersHint: 'Marque todas las opciones que quiera. Los resultados cambian mientras elige.',
		clearAll: 'Borrar todos los filtros',
		count: { one: '{count} tipo de apoyo', other: '{count} tipos de apoyo' },
		countMatching: {
			one: '{count} tipo de apoyo coincide con lo que eligió',
			other: '{count} tipos de apoyo coinciden con lo que eligió',
		},
		emptyTitle: 'Ningún tipo de apoyo coincide con todo lo que eligió.',
		emptyText:
			'Intente quitar un filtro, o hable con alguien que pueda ayudarle a encontrar lo que le sirve:',
		emptyLines: 'todas las líneas de ayuda gratuitas',
		finderSummary: '¿No sabe por dónde empezar? Conteste unas preguntas rápidas',
		finderSubmit: 'Mostrar el apoyo que le sirve',
		noPreference: 'Sin preferencia',
		whatItIs: 'Qué es',
		whoItHelps: 'A quién ayuda',
		whatToExpect: 'Qué puede esperar',
		howToStart: 'Cómo empezar',
		programs: 'Programas y líneas',
		programsNote:
			'Los datos cambian. Cada ficha muestra cuándo la revisamos por última vez. Cuando no estamos tan seguros, lo decimos.',
		somethingWrong: '¿Hay algo mal o desactualizado?',
		articlesAbout: 'Artículos sobre este tema',
		goodToKnow: 'Para tener en cuenta:',
		website: 'Sitio web',
		websiteOf: ' de {name}',
		findMeeting: 'Buscar una reunión o un grupo',
		findWith: ' de {name}',
		languages: 'Idiomas: {list}.',
		checked: 'Datos revisados el {date}.',
		secondhand: 'Algunos datos vienen de otros sitios: confírmelos con la organización.',
		howWeChecked: 'Cómo revisamos estos datos',
		howWeCheckedFor: ' de {name}',
		factSupports: 'Confirma {fields}.',
		factSeen: 'Lo vimos en {kind} el {date}.',
		factFields: {
			website: 'la dirección del sitio web',
			description: 'la descripción',
			findUrl: 'el enlace para buscar reuniones',
			lines: 'las líneas de teléfono y de texto',
			languages: 'los idiomas',
			caveat: 'la nota “Para tener en cuenta”',
			spanish: 'la ayuda en español',
		},
		sourceKinds: {
			own: 'la página de la propia organización',
			official: 'una página oficial',
			elsewhere: 'otro sitio',
		},
		spanishLabel: 'En español:',
		sources: 'Fuentes',
		categoryTitle: '{category}: directorio',
		categoryDescription:
			'{category}: qué es cada opción, a quién ayuda y cómo empezar. Parte de nuestro directorio de apoyo.',
		print: {
			firstStep: 'Primer paso:',
			confirm: '(confirme los datos con la organización)',
			lines: 'Líneas a las que puede llamar o enviar un texto ahora',
		},
	},
	circle: {
		title: 'Mi círculo de apoyo',
		description:
			'Un planificador privado para su gente, sus reuniones y un plan para momentos difíciles. Se queda en su dispositivo. Imprima una tarjeta de bolsillo o agregue contactos a su teléfono.',
		lede: 'Anote a las personas que le ayudan, las reuniones a las que va y qué hacer cuando las cosas se ponen difíciles. Luego llévelo con usted: en una tarjeta de bolsillo, en papel o en su teléfono.',
		hubLink: 'Cree su propio círculo de apoyo',
		hubText:
			'Reúna a su gente, sus reuniones y un plan para momentos difíciles en un solo lugar privado, en su dispositivo.',
		read: 'Lea:',
		privacy: {
			title: 'Pensado para su privacidad',
			text: 'Lo que escribe se queda en este navegador. Nunca se nos envía a nosotros ni a nadie más. No hay cuenta ni cookies.',
			keep: 'Guardar esto en este dispositivo',
			keepHint:
				'Si no marca esta casilla, todo se borra cuando cierre o vuelva a cargar la página. Si la marca, este navegador guarda su círculo hasta que usted lo borre. En un teléfono o una computadora compartidos, cualquier persona que abra esta página ahí puede ver lo que guardó.',
			delete: 'Borrar todo',
			kept: 'Guardado en este dispositivo. Los cambios se guardan mientras escribe.',
			notKept:
				'Ya no se guarda en este dispositivo. Lo que escribió se queda en esta página hasta que la cierre.',
			deleted:
				'Se borró todo, de esta página y de este dispositivo. Mientras no salga de esta página, puede deshacerlo.',
			undo: 'Deshacer: recuperar mi círculo',
			restored: 'Su círculo está de vuelta, tal como estaba antes de borrarlo.',
			storageOff:
				'Este navegador no permite que las páginas guarden nada, así que su círculo no se puede guardar aquí. Aun así, puede guardar una copia en un archivo.',
		},
		noScript: {
			title: 'Llénelo a mano',
			text: 'El planificador de esta página necesita JavaScript, que está desactivado en su navegador. Puede imprimir un plan en blanco y una tarjeta de bolsillo en blanco, y llenarlos a mano.',
			plan: 'Un plan en blanco para momentos difíciles, para imprimir',
			card: 'Una tarjeta de bolsillo en blanco, para imprimir',
		},
		people: {
			title: 'Mi gente',
			intro:
				'Agregue a las personas que le dan apoyo, según la forma en que le ayudan. Para empezar, bastan unos pocos nombres.',
			groups: {
				sponsor: {
					title: 'Padrino, madrina o guía espiritual',
					hint: 'Alguien con más tiempo en recuperación que le ayuda con los Pasos, o un líder religioso de su confianza.',
					add: 'Agregar padrino, madrina o guía',
				},
				treatment: {
					title: 'Mi equipo de tratamiento',
					hint: 'Un consejero, un médico, un administrador de casos o un coach de recuperación.',
					add: 'Agregar a alguien de mi equipo de tratamiento',
				},
				family: {
					title: 'Familia',
					hint: 'Familiares que apoyan su recuperación, aunque la confianza todavía esté creciendo.',
					add: 'Agregar un familiar',
				},
				recoveryFriends: {
					title: 'Amistades en recuperación',
					hint: 'Personas que conoció en el tratamiento, en reuniones o en grupos, y que entienden lo que vive.',
					add: 'Agregar una amistad en recuperación',
				},
				group: {
					title: 'Mi grupo',
					hint: 'Su grupo base, un chat de grupo o la persona que dirige el grupo.',
					add: 'Agregar a alguien de mi grupo',
				},
				newFriends: {
					title: 'Amistades nuevas',
					hint: 'Amistades del trabajo, la escuela, el gimnasio, una clase o un pasatiempo.',
					add: 'Agregar una amistad nueva',
				},
				other: {
					title: 'Otras personas',
					hint: 'Cualquier otra persona que le ayude, de la forma que sea.',
					add: 'Agregar a otra persona',
				},
			},
			newPerson: 'Persona nueva',
			name: 'Nombre',
			phone: 'Número de teléfono',
			phoneHint:
				'Con el código de área. Si el número es de fuera de EE. UU., empiece con + y el código del país.',
			phoneInvalid: 'Esto no parece un número de teléfono. Revise los dígitos y el código de área.',
			phoneValid: 'Se marcará así: {number}.',
			reach: 'Cómo me comunico con esta persona',
			reachWays: { call: 'Llamada', text: 'Texto', both: 'Llamada o texto' },
			when: 'Cuándo acudo a esta persona',
			helpsWith: 'En qué me ayuda',
			onCard: 'Poner en mi tarjeta de bolsillo',
			callName: 'Llamar a {name}',
			textName: 'Enviar un texto a {name}',
			contact: 'Agregar a los contactos de mi teléfono',
			remove: 'Quitar',
			removed: '{name} ya no está en la lista.',
			unnamed: 'Esta persona',
			count: { one: '{count} persona', other: '{count} personas' },
		},
		meetings: {
			title: 'Mis reuniones',
			intro: 'Las reuniones y los grupos a los que va, para que siempre sepa dónde y cuándo es la próxima.',
			add: 'Agregar una reunión',
			newMeeting: 'Reunión nueva',
			name: 'Nombre de la reunión o del grupo',
			day: 'Día',
			days: {
				none: 'Elija un día',
				mon: 'Lunes',
				tue: 'Martes',
				wed: 'Miércoles',
				thu: 'Jueves',
				fri: 'Viernes',
				sat: 'Sábado',
				sun: 'Domingo',
				varies: 'Varía',
			},
			time: 'Hora',
			placeOrLink: 'Lugar o enlace',
			remove: 'Quitar',
			removed: '{name} ya no está en la lista.',
			unnamed: 'Esta reunión',
			count: { one: '{count} reunión', other: '{count} reuniones' },
		},
		plan: {
			title: 'Mi plan para momentos difíciles',
			intro:
				'Escríbalo en un día tranquilo, con sus propias palabras. Cuando llegue un momento difícil, empiece por el paso 1 y siga hasta que se sienta más a salvo. Puede detenerse en cualquier paso.',
			afterUse: 'Si en un momento difícil volvió a consumir, no empieza de cero.',
			step: 'Paso {count}',
			warningSigns: {
				title: 'Señales de que se acerca un momento difícil',
				hint: 'Pensamientos, sentimientos, lugares u horas que le avisan que está empezando. Por ejemplo: “Dejo de contestar los mensajes”.',
			},
			onMyOwn: {
				title: 'Cosas que puedo hacer por mi cuenta',
				hint: 'Cosas pequeñas que le ayudan a aguantar hasta que pase: una caminata, una ducha, música, una oración, escribir lo que siente.',
			},
			distractions: {
				title: 'Personas y lugares que me ayudan a distraerme',
				hint: 'Alguien con quien tomar un café, una reunión, un parque, la biblioteca. No tiene que hablar de cómo se siente.',
			},
			askForHelp: {
				title: 'Personas a las que puedo pedir ayuda',
				hint: 'Personas a las que puede decirles que está pasando por un mal momento. Márquelas de su lista de Mi gente.',
				none: 'Primero agregue personas en Mi gente. Aparecerán aquí.',
			},
			lines: {
				title: 'Profesionales y líneas a los que puedo llamar',
				hint: 'Estas líneas contestan a cualquier hora. Desmarque las que no quiera en su plan. Las personas que anotó en Mi equipo de tratamiento también son parte de este paso.',
				keep: 'En mi plan',
				everyLine: 'Todas las líneas, quién contesta y qué pasa cuando llama',
				emergency: 'Si usted u otra persona está en peligro ahora mismo, llame al {number}.',
			},
			saferSpace: {
				title: 'Cómo hago que mi espacio sea más seguro',
				hint: 'Formas de mantenerse a salvo en casa, como pedirle a alguien que le guarde las cosas que podrían hacerle daño, o tener naloxona donde la pueda encontrar.',
			},
		},
		take: {
			title: 'Llévelo con usted',
			card: 'Tarjeta de bolsillo',
			cardHint:
				'Elija hasta {count} personas y líneas para una tarjeta del tamaño de una tarjeta bancaria. Marque “Poner en mi tarjeta de bolsillo” junto a una persona, o marque una línea aquí.',
			cardLine: 'Poner {name} en mi tarjeta de bolsillo',
			cardCount: { one: '{count} de {max} en su tarjeta.', other: '{count} de {max} en su tarjeta.' },
			cardFull: 'Su tarjeta tiene espacio para {max}. Primero quite uno.',
			openCard: 'Abrir mi tarjeta de bolsillo',
			plan: 'Plan completo',
			planHint: 'Su gente, sus reuniones y su plan en una o dos páginas impresas.',
			openPlan: 'Abrir mi plan completo para imprimir',
			opens: '(se abre en una pestaña nueva)',
			contacts: 'Contactos del teléfono',
			contactsHint:
				'Un archivo de contactos (.vcf) con todas las personas que tienen número. Ábralo en su teléfono para agregarlas todas a la vez.',
			contactsAll: 'Agregar todo mi círculo a los contactos de mi teléfono',
			file: 'Una copia en un archivo',
			fileHint:
				'El archivo se queda donde usted lo guarde; no se envía a ningún lugar. Úselo para pasar su círculo a otro dispositivo, o para recuperarlo después de borrarlo.',
			export: 'Guardar una copia en un archivo',
			fileNames: { contacts: 'circulo-de-apoyo', copy: 'mi-circulo-de-apoyo', contact: 'contacto' },
			import: 'Recuperar una copia guardada',
			imported: 'Su círculo está de vuelta: {people}, {meetings} y su plan.',
			importErrors: {
				tooLarge:
					'Este archivo es demasiado grande para ser un círculo guardado (el límite es {size}). No se cambió nada.',
				notJson: 'No se pudo leer este archivo como un círculo guardado. No se cambió nada.',
				notCircle: 'Este archivo no es un círculo guardado desde esta página. No se cambió nada.',
				version:
					'Este archivo se guardó con otra versión de este planificador (versión {version}), así que no se puede leer aquí. No se cambió nada.',
				field:
					'No se pudo leer este archivo: el valor en “{field}” no es del tipo correcto. No se cambió nada.',
			},
		},
		sources: {
			title: 'De dónde vienen estos pasos',
			text: 'El plan sigue los pasos del Stanley-Brown Safety Plan y de las hojas de trabajo para la prevención de recaídas, con nuestras propias palabras. No reemplaza la atención de un profesional.',
			supports: {
				stanleyBrown:
					'Los seis pasos del plan de seguridad: señales de alerta, cómo afrontarlo por su cuenta, personas y lugares que distraen, personas que pueden ayudar, profesionales y líneas, y un espacio más seguro.',
				ownWords:
					'Un plan de seguridad es corto, está escrito con las propias palabras de la persona y se guarda donde se pueda encontrar en una crisis.',
				relapsePrevention:
					'La prevención de recaídas identifica con tiempo las situaciones de alto riesgo y planea cómo afrontar cada una.',
				relapseWorksheet:
					'Un plan de prevención de recaídas reúne los detonantes, las primeras señales de alerta, las formas de afrontarlos y las personas de apoyo, con sus números anotados de antemano.',
			},
		},
		card: {
			title: 'Mi tarjeta de bolsillo',
			description:
				'Su círculo de apoyo en una tarjeta del tamaño de una tarjeta bancaria: las personas y líneas que eligió, y qué hacer en momentos difíciles. Imprímala o guárdela como PDF.',
			lede: 'Imprímala en cartulina o en papel. Recorte el frente y el reverso, y péguelos por detrás, uno contra otro, con pegamento o cinta. O guárdela como PDF para tenerla en su teléfono.',
			print: 'Imprimir o guardar como PDF',
			printHint: 'En la ventana de impresión, elija 100% o “Tamaño real”.',
			blank: 'Esta tarjeta está en blanco para llenarla a mano. Para llenarla aquí, use el planificador.',
			back: 'Volver a mi círculo de apoyo',
			front: 'Frente de la tarjeta',
			backSide: 'Reverso de la tarjeta',
			heading: 'Mi círculo de apoyo',
			whenHard: 'En momentos difíciles',
			onMyOwn: 'Puedo:',
			name: 'Nombre',
			number: 'Número',
		},
		fullPlan: {
			title: 'Mi plan para momentos difíciles, para imprimir',
			description:
				'Su gente, sus reuniones y su plan para momentos difíciles en una o dos páginas impresas. Sin el planificador, un plan en blanco para llenar a mano.',
			lede: 'Guárdelo donde lo pueda encontrar rápido: junto a su cama, en su bolsa o como PDF en su teléfono.',
			print: 'Imprimir o guardar como PDF',
			blank: 'Este plan está en blanco para llenarlo a mano. Para llenarlo aquí, use el planificador.',
			back: 'Volver a mi círculo de apoyo',
			noMeetings: 'Todavía no hay reuniones.',
			noPeople: 'Todavía no hay nadie aquí.',
		},
		offline: {
			title: 'Está sin conexión',
			description:
				'Esta página no está guardada en este dispositivo. Las llamadas y los textos siguen funcionando sin datos.',
			lede: 'Esta página no está guardada en este dispositivo, así que no se puede abrir sin conexión. Las llamadas y los textos no necesitan datos: la ayuda sigue a un toque de distancia.',
			saved: 'Páginas guardadas en este dispositivo',
			again: 'Cuando vuelva a tener conexión, vuelva a cargar esta página.',
		},
	},
	pages: {
		home: {
			heading: 'Al principio de la recuperación puede sentir soledad. No siempre será así.',
			lede: 'Puede formar un círculo de personas que entienden lo que vive. Este sitio le ayuda a dar el siguiente paso: alguien con quien hablar hoy, palabras claras sobre lo que ayuda y los tipos de apoyo que existen.',
			callFree: 'Llame al {number}: gratis, a cualquier hora',
			everyLine: 'Ver todas las líneas de crisis y de ayuda',
			pathsTitle: '¿Cuál es su punto de partida?',
			inRecovery: {
				title: 'Estoy en recuperación o lo estoy pensando',
				text: 'Sentir soledad es común, y no dura para siempre. Empiece con unas lecturas en orden sobre la soledad, las reuniones y las amistades nuevas.',
				cta: 'Empiece aquí si está en recuperación',
			},
			forFamilies: {
				title: 'Un ser querido está en recuperación',
				text: 'Puede ayudar sin dejar de lado su propia vida, y también hay apoyo para usted.',
				cta: 'Empiece aquí si es familiar o amigo',
			},
			featuredTitle: 'Lecturas para empezar',
			directoryTitle: 'Encuentre el tipo de apoyo que le sirve',
			directoryText: {
				other:
					'{count} tipos de apoyo: desde grupos de 12 Pasos y grupos laicos hasta grupos para familias, terapia y vivienda de recuperación.',
			},
			directoryLink: 'Explorar y filtrar todo el directorio',
		},
		articles: {
			title: 'Artículos',
			description:
				'Artículos en lenguaje sencillo sobre la soledad, la identidad, las reuniones, las relaciones y cómo puede ayudar la familia. Filtre por tema o según para quién son.',
			lede: 'Palabras claras sobre cómo volver a conectar con otras personas en la recuperación, para personas en recuperación y sus seres queridos.',
		},
		audience: {
			description:
				'Todos los artículos para {audience}, primero los más recientes: soledad, reuniones, relaciones, confianza y apoyo.',
		},
		topic: { title: '{topic}: artículos' },
		directory: {
			title: 'Directorio de apoyo',
			description:
				'Todos los tipos de apoyo en un solo lugar: grupos de 12 Pasos y laicos, grupos para familias, terapia, coaches de recuperación, vivienda de recuperación y líneas de ayuda. Filtre según para quién es.',
			heading: 'Encuentre el tipo de apoyo que le sirve',
			lede: 'Hay muchas formas de encontrar personas que entienden. Aquí verá qué es cada tipo de apoyo, a quién ayuda y cómo empezar.',
		},
		printDirectory: {
			title: 'Directorio de apoyo para imprimir',
			description:
				'Todos los tipos de apoyo y todas las líneas revisadas en unas pocas páginas impresas, para que consejeros y administradores de casos las entreguen.',
			breadcrumb: 'Lista para imprimir',
			heading: 'Tipos de apoyo en la recuperación: una lista para guardar',
			intro:
				'De {site}. Revisamos estos datos entre el {from} y el {to}. Pueden cambiar, así que confírmelos con cada organización. Use la opción de imprimir de su navegador o guarde la página como PDF.',
		},
		glossary: {
			title: 'Glosario',
			description:
				'Qué significan, en lenguaje sencillo, las palabras de la recuperación: padrino o madrina, grupo base, reuniones abiertas y cerradas, reparar el daño, CRAFT, MOUD, vivienda de recuperación y más.',
			lede: 'La recuperación tiene sus propias palabras. Aquí explicamos qué significan, en lenguaje sencillo, y qué palabras elegimos usar.',
			terms: 'Términos',
			ourWords: 'Las palabras que usamos: ',
			seeAlso: 'Vea también:',
		},
		search: {
			title: 'Buscar',
			description:
				'Busque en todos los artículos, tipos de apoyo, organizaciones y términos del glosario. Su búsqueda se queda en su navegador y nunca se envía a ningún lugar.',
			lede: 'Busque artículos, tipos de apoyo, organizaciones y términos del glosario. Lo que escribe se queda en su dispositivo.',
		},
		getHelp: {
			title: 'Encuentre ayuda ahora',
			description:
				'Todas las líneas a las que puede llamar o enviar un texto: quién contesta, cuándo, en qué idiomas y qué pasa cuando se comunica. Líneas nacionales gratis y la línea de nuestro proveedor.',
			lede: 'Puede hablar hoy con una persona de verdad. Aquí están todas las líneas, quién contesta y qué pasa cuando llama o envía un texto.',
			spanishTitle: 'Ayuda en español',
			spanishLede: 'En cada una de estas líneas gratuitas puede hablar con alguien en español:',
			danger: '¿Hay alguien en peligro ahora mismo?',
			overdoseTitle: 'Si cree que alguien está teniendo una sobredosis',
			overdoseSteps: [
				'Llame al {emergency} de inmediato.',
				'Dele naloxona (Narcan) si la tiene.',
				'Ayude a la persona a respirar y trate de que se mantenga despierta.',
				'Acueste a la persona de lado para que no se ahogue.',
				'Quédese con ella hasta que llegue la ayuda.',
			],
			notSure: 'Si tiene dudas, actúe como si fuera una sobredosis.',
			overdoseLink: 'Las señales de una sobredosis y qué hacer',
			callEmergency:
				'Llame al {number} si la vida de alguien corre peligro, si consumió demasiada droga o si no se despierta. Quédese con la persona hasta que llegue la ayuda.',
			endingLife:
				'Si está pensando en quitarse la vida, llame o envíe un mensaje de texto al {lifeline}. También puede enviar la palabra {keyword} en un mensaje de texto al {textNumber}. Una persona amable y capacitada le va a escuchar. No tiene que estar en crisis para pedir ayuda.',
			crisisTitle: 'Líneas de crisis gratuitas y confidenciales, las 24 horas',
			referralTitle: 'Encuentre tratamiento o un grupo cerca de usted',
			referralNote:
				'Esta línea no da consejería. Le ayuda a encontrar tratamiento, grupos de apoyo y servicios cerca de donde vive.',
			providerTitle: 'Hable con el equipo que publica este sitio',
			providerNote:
				'{publisher}, un proveedor de tratamiento, publica {site}. Al llamar, hablará con {who}, en {languages}. No es una línea de ayuda neutral. Las líneas gratuitas de arriba son para usted, sin importar dónde reciba atención.',
			expectTitle: 'Qué esperar cuando llama',
			expect: [
				'Puede contar tanto o tan poco como quiera.',
				'Puede llamar por usted o por alguien que le importa.',
				'Es normal tener miedo, sentir nervios o no saber qué decir. Basta con decir “Necesito hablar”.',
				'Si siente que le apuran, puede volver a llamar más tarde. Llamar nunca es una molestia.',
			],
		},
		about: {
			title: 'Acerca de este sitio',
			description:
				'Quién publica {site}, cómo escribimos y revisamos lo que lee aquí y cómo avisarnos cuando algo está mal.',
			lede: '{site} ayuda a las personas en recuperación y a sus familias a conectar con otras personas, entender sus opciones y hablar con alguien cuando lo necesitan.',
			whoTitle: 'Quién lo publica',
			who: '{publisher}, {publisherDescription}, publica {site}. Si llama al número de teléfono de arriba, hablará con {who}, y así lo indicamos. Al final de cada página también verá líneas de ayuda nacionales gratuitas. Nunca tiene que llamarnos para usar nada de este sitio.',
			writeTitle: 'Cómo escribimos',
			write: [
				'Escribimos con palabras sencillas, para personas que tal vez leen desde el celular en un día difícil.',
				'Ponemos primero a la persona. Decimos “persona en recuperación”, no etiquetas que avergüenzan. Cuando una comunidad de ayuda mutua o sus miembros usan sus propias palabras, las respetamos.',
				'Todos los caminos valen: los grupos de 12 Pasos, los grupos laicos, los grupos basados en la fe, la atención clínica y los medicamentos para el trastorno por consumo de opioides.',
				'Damos información general, no consejos médicos. Dejar algunas sustancias de golpe puede ser peligroso, por eso le indicamos dónde buscar ayuda médica.',
			],
			checkTitle: 'Cómo revisamos los datos',
			checked:
				'Revisamos los datos de nuestro directorio entre el {from} y el {to}. Para hacerlo, leímos copias guardadas de páginas web públicas. No llamamos a las organizaciones ni consultamos la versión en línea de sus sitios web.',
			sourcesIntro: 'Para cada dato, anotamos dónde lo vimos y qué tan seguros estamos:',
			officialLabel: 'En la página de la propia organización o en una página oficial.',
			official:
				'Esto incluye páginas del gobierno y copias de las hojas informativas o folletos de la propia organización. Consideramos que estos datos están verificados.',
			secondhandLabel: 'Solo en otros sitios',
			secondhand:
				', como sitios de noticias, enciclopedias u otros directorios. Aun así los incluimos, pero la ficha dice: “{notice}”',
			secondhandCount: {
				one: 'Ahora mismo, {count} de nuestras {total} fichas lo dice.',
				other: 'Ahora mismo, {count} de nuestras {total} fichas lo dicen.',
			},
			numbers:
				'Solo mostramos un número de teléfono o de mensajes de texto si lo vimos en la página de la propia organización o en una página oficial. Si no lo vimos ahí, le damos el enlace al sitio web de la organización.',
			dates:
				'Cada ficha muestra la fecha de su revisión más reciente. Abra “{howChecked}” en cualquier ficha para ver cada página que usamos, qué dato respalda cada una y cuándo la revisamos. Cuando citamos las palabras de una organización, las ponemos entre comillas.',
			notDoTitle: 'Lo que no hacemos',
			notDo: [
				'Usamos copias guardadas, no las páginas en línea. Los números de teléfono, los horarios y las reuniones pueden cambiar después de la fecha en que los revisamos. Antes de ir o llamar, confírmelos con la organización.',
				'No decimos qué programa es mejor. Todos los caminos del directorio son válidos.',
				'No inventamos historias, citas ni cifras. Al final de cada artículo están sus fuentes.',
			],
			reportTitle: 'Avísenos cuando algo esté mal',
			report:
				'Los números y los programas cambian. ¿Encontró un número equivocado, un grupo que ya no existe o palabras que hieren? {link}.',
			privacyTitle: 'Su privacidad',
			privacy: 'Este sitio no rastrea lo que usted hace. Lea {link}.',
			privacyLink: 'nuestra promesa de privacidad',
		},
		privacy: {
			title: 'Privacidad',
			description:
				'{site} no rastrea lo que usted hace: no usa herramientas de análisis, cookies, anuncios ni servicios externos. Aquí le explicamos qué significa, en palabras sencillas.',
			heading: 'Su privacidad',
			lede: 'Lo que lee aquí es asunto suyo. Este sitio no vigila lo que usted hace.',
			notCollectTitle: 'Lo que no recopilamos',
			notCollect: [
				'Nada de herramientas de análisis ni píxeles de seguimiento.',
				'Nada de cookies.',
				'Nada de anuncios ni de botones de “Me gusta” o “Compartir” que envíen información a otras empresas.',
				'Nada de tipos de letra, programas ni videos que se carguen desde servidores de otras empresas.',
				'Ningún formulario envía nada. Nunca le pedimos su nombre, correo electrónico ni número de teléfono. Lo que escribe en el planificador de su círculo de apoyo se queda en su dispositivo.',
			],
			searchTitle: 'Sus búsquedas se quedan en su dispositivo',
			search:
				'Cuando busca algo, lo que escribe nunca sale de su navegador. El índice de búsqueda es parte de este sitio, y la búsqueda se hace en su propio teléfono o computadora.',
			callsTitle: 'Llamadas y mensajes de texto',
			calls:
				'Cuando toca un número, su teléfono hace la llamada o abre su aplicación de mensajes. No le agregamos nada a ese paso y no podemos saber que lo tocó.',
			browserTitle: 'Lo que recuerda su navegador',
			theme:
				'Si elige el tema claro u oscuro, su navegador guarda esa elección en su dispositivo para que el sitio se vea igual la próxima vez. Nunca se nos envía. Si borra los datos de su navegador, esa elección también se borra.',
			circle:
				'Su círculo de apoyo solo se guarda si marca la casilla “{keep}”. Se queda en este navegador y nunca se nos envía. Si toca “{delete}” en la página de su círculo de apoyo, se elimina de este navegador de inmediato. Puede deshacerlo mientras siga en esa página; cuando salga, ya no se puede recuperar. Si cambia de idioma en esa página, un círculo que no guardó pasa a la página del otro idioma en la misma pestaña, y se borra del navegador en cuanto esa página se abre.',
			offline:
				'Cuando abre la página de ayuda o su círculo de apoyo, su navegador guarda una copia de esas páginas y de los artículos que abre, para que pueda verlos sin conexión a internet. Estas copias son páginas de este sitio, no algo que usted escribió. Si borra los datos de este sitio en su navegador, estas copias también se borran.',
			linksTitle: 'Enlaces a otros sitios web',
			links:
				'Tenemos enlaces a grupos y servicios como la línea 988 o Al-Anon. Cuando abre uno de estos enlaces, se aplican las reglas de privacidad de ese sitio. Le pedimos a su navegador que no le diga a ese sitio desde qué página llegó usted.',
		},
		accessibility: {
			title: 'Accesibilidad',
			description:
				'Cómo funciona {site} con lector de pantalla, teclado, zoom o letra grande. Cómo lo probamos, qué problemas conocemos y cómo avisarnos.',
			lede: 'Este sitio debe funcionar para todas las personas, incluidas las que usan un lector de pantalla, el teclado, el zoom o letra grande.',
			goalTitle: 'Nuestra meta',
			goal: 'Queremos cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2, nivel AA. Son las reglas que siguen la mayoría de los sitios web públicos para que las personas con discapacidad puedan usarlos.',
			testTitle: 'Cómo lo probamos',
			testIntro: 'Cada vez que se genera el sitio, una computadora revisa todas las páginas:',
			tests: [
				'Revisa cada página con axe, una herramienta gratuita. Lo hace con los temas claro y oscuro, en pantallas del tamaño de un celular y de una computadora.',
				'Muestra cada página con 320 píxeles de ancho, que es el ancho de una pantalla grande con el zoom al 400%. No debe hacer falta desplazarse hacia los lados. Lo vuelve a revisar con más espacio entre líneas, palabras y letras.',
				'Agranda el texto al doble de su tamaño. Ningún texto debe quedar cortado ni escondido.',
				'Mueve el foco del teclado por cada enlace, botón y campo de formulario. Cada uno debe mostrar un contorno bien visible, quedar dentro de la pantalla y no esconderse detrás de la barra de llamada de abajo.',
				'Revisa que los enlaces y los botones sean lo bastante grandes para tocarlos, o que estén lo bastante separados.',
				'Revisa que todo el contenido esté en zonas de la página que tienen nombre. Así, quienes usan un lector de pantalla pueden saltar de una zona a otra.',
				'Revisa que las palabras en otro idioma estén marcadas, para que un lector de pantalla las lea en ese idioma.',
				'Revisa que cada página se pueda leer sin JavaScript.',
				'Revisa que el código de cada página sea HTML válido, lo que ayuda a los lectores de pantalla y a otras herramientas a leerlo.',
				'Guarda un registro de cómo un lector de pantalla presenta el menú, la barra de llamada, la búsqueda y los filtros del directorio. Si ese registro cambia, una persona tiene que revisarlo.',
			],
			byHandIntro: 'También revisamos algunas cosas a mano:',
			byHand: [
				'Miramos algunas páginas en pantallas de celular pequeñas, con los temas claro y oscuro.',
				'Leemos lo que el menú, la barra de llamada, la búsqueda y los filtros del directorio le dicen a un lector de pantalla.',
			],
			limitsTitle: 'Lo que todavía no está bien',
			limits: [
				'Todavía no hemos probado el sitio con lectores de pantalla como VoiceOver, TalkBack o NVDA, ni con personas con discapacidad.',
				'En un celular con letra muy grande, algunos recuadros son más anchos que la pantalla, y la barra de llamada de abajo ocupa casi un tercio de ella.',
				'En una pantalla pequeña o con zoom, la barra de llamada de abajo ocupa parte del espacio. La dejamos ahí para que siempre pueda llamar y pedir ayuda.',
				'En los artículos, un lector de pantalla lee “{sectionLink}” al final del título de cada sección.',
				'Tenemos enlaces a otros sitios web, como el de la línea 988 y los de grupos de apoyo. No podemos arreglar los problemas de esos sitios.',
				'Las revisiones automáticas no encuentran todos los problemas. Es posible que usted encuentre alguno que se nos haya pasado.',
			],
			reportTitle: 'Avísenos de un problema',
			report:
				'Si algo de este sitio le resulta difícil o imposible de usar, por favor avísenos. Díganos en qué página pasó, qué intentaba hacer y qué herramienta usa, por ejemplo un lector de pantalla o el zoom. Para esto usamos la misma página que para cualquier corrección: {link}.',
			needHelp:
				'Si necesita ayuda ahora y este sitio le complica las cosas, no tiene por qué usarlo. Llame o envíe un mensaje de texto al {number} a cualquier hora.',
			lastChecked: 'Revisamos esta declaración por última vez en {month}.',
		},
		notFound: {
			title: 'No se encontró la página',
			description:
				'No pudimos encontrar esa página. Aquí están las secciones principales del sitio y las líneas a las que puede llamar o enviar un texto ahora mismo.',
			heading: 'No pudimos encontrar esa página',
			lede: 'Puede que la dirección esté mal o que la página se haya movido. Usted no hizo nada mal.',
			tryThese: 'Pruebe una de estas páginas',
			homePage: 'Página de inicio',
		},
		shareImage: {
			site: 'Ayuda en palabras claras para la recuperación y las familias',
			article: 'Artículo',
			supportType: 'Tipos de apoyo',
		},
	},
};
