/**
 * The one configuration module: names, the provider's helpline, and the national lines.
 * Every phone number the site shows outside directory data comes from here, so another
 * organisation can run the site by editing this file alone.
 *
 * Plain data on purpose: src/config/index.ts validates it when the site builds (a typo fails
 * the build instead of going live), and the search dialog can import it without the validator.
 */
import type { SiteConfig } from '../lib/site-config-schema';

export const siteConfig = {
	name: 'Together in Recovery',
	tagline: 'Nobody has to rebuild alone.',
	description:
		'Plain-language help for rebuilding connection in addiction recovery, for people in recovery and the families who love them.',
	lang: 'en',
	publisher: {
		name: 'True Recovery',
		url: 'https://truerecovery.com',
		description: 'an addiction treatment provider in Orange County, California',
	},
	helpline: {
		id: 'helpline',
		name: 'True Recovery admissions line',
		shortName: 'True Recovery admissions',
		who: "True Recovery's admissions team",
		label: "Talk to True Recovery's admissions team",
		kind: 'provider',
		call: { e164: '+18447448783', display: '(844) 744-8783' },
		hours: 'Answered by the provider; call to check who is available.',
		languages: ['English'],
		whatHappens:
			'You talk with a member of the admissions team at True Recovery, a treatment provider. They can answer questions about their own programs. This is a provider line, not a neutral helpline.',
		es: {
			name: 'Línea de admisiones de True Recovery',
			shortName: 'admisiones de True Recovery',
			who: 'el equipo de admisiones de True Recovery',
			label: 'Hable con el equipo de admisiones de True Recovery',
			hours: 'La atiende el proveedor; llame para saber quién está disponible.',
			languages: ['inglés'],
			whatHappens:
				'Usted habla con una persona del equipo de admisiones de True Recovery, un proveedor de tratamiento. Le pueden responder preguntas sobre sus propios programas. Es la línea de un proveedor, no una línea de ayuda neutral.',
		},
	},
	// Where readers report a wrong number or a closed programme. Point this at a real contact
	// form or address when one exists; the publisher's site is the checked fallback.
	corrections: {
		url: 'https://truerecovery.com',
		label: 'Report a change to True Recovery',
	},
	crisisLines: [
		{
			id: 'lifeline988',
			name: '988 Suicide & Crisis Lifeline',
			who: 'Trained crisis counselors at local crisis centers',
			label: 'Call or text 988',
			kind: 'crisis',
			call: { e164: '988', display: '988' },
			text: { e164: '988', display: '988' },
			chatUrl: 'https://988lifeline.org/chat',
			website: 'https://988lifeline.org',
			hours: '24 hours a day, 7 days a week',
			languages: ['English', 'Spanish'],
			options: ['Press 1 for the Veterans Crisis Line.', 'Press 2 for Spanish.'],
			whatHappens:
				'A trained counselor listens, helps you feel safer, and can tell you about help near you. It is free and private. You can call or text for yourself or for someone else.',
			es: {
				who: 'Consejeros de crisis capacitados de centros de crisis locales',
				label: 'Llame o envíe un texto al 988',
				hours: 'Las 24 horas, los 7 días de la semana',
				languages: ['español', 'inglés'],
				options: [
					'Para español, llame al 988 y marque 2, o envíe AYUDA por texto al 988. También hay chat en español.',
					'Marque 1 para la Veterans Crisis Line.',
				],
				whatHappens:
					'Un consejero capacitado le escucha, le ayuda a sentirse más seguro y le puede informar sobre ayuda cerca de usted. Es gratis y confidencial. Puede llamar o enviar un texto por usted o por otra persona.',
				textKeyword: 'AYUDA',
			},
		},
		{
			id: 'crisisText',
			name: 'Crisis Text Line',
			who: 'Trained volunteer crisis counselors',
			label: 'Text HOME to 741741',
			kind: 'crisis',
			text: { e164: '741741', display: '741741', keyword: 'HOME' },
			website: 'https://www.crisistextline.org',
			hours: '24 hours a day, 7 days a week',
			languages: ['English', 'Spanish'],
			// AYUDA is Spanish: marked so screen readers say it in a Spanish voice.
			options: [['For Spanish, text ', { lang: 'es', text: 'AYUDA' }, ' to 741741.']],
			whatHappens:
				'You text with a trained volunteer. They help you calm down and think about your next step. You do not have to talk out loud.',
			es: {
				who: 'Consejeros de crisis voluntarios y capacitados',
				label: 'Envíe AYUDA por texto al 741741',
				hours: 'Las 24 horas, los 7 días de la semana',
				languages: ['español', 'inglés'],
				options: [
					'Para recibir ayuda en español, envíe AYUDA por texto al 741741, o escriba por WhatsApp al 442-AYUDAME.',
				],
				whatHappens:
					'Usted se escribe con un voluntario capacitado. Le ayuda a calmarse y a pensar en su próximo paso. No tiene que hablar en voz alta.',
				textKeyword: 'AYUDA',
			},
		},
		{
			id: 'samhsa',
			name: 'SAMHSA National Helpline',
			who: 'Information specialists at SAMHSA, a U.S. government agency',
			label: 'Call 1-800-662-4357',
			kind: 'referral',
			call: { e164: '+18006624357', display: '1-800-662-4357 (1-800-662-HELP)' },
			tty: { e164: '+18004874889', display: '1-800-487-4889' },
			website: 'https://www.samhsa.gov/find-help/national-helpline',
			hours: '24 hours a day, 365 days a year',
			languages: ['English', 'Spanish'],
			options: [],
			whatHappens:
				'It is free and private. They do not counsel. They tell you about treatment, support groups and services near you.',
			es: {
				name: 'Línea Nacional de Ayuda de SAMHSA',
				who: 'Especialistas en información de SAMHSA, una agencia del gobierno de los Estados Unidos',
				label: 'Llame al 1-800-662-4357',
				hours: 'Las 24 horas, los 365 días del año',
				languages: ['español', 'inglés'],
				options: ['Para español, elija la opción de hablar con un representante nacional y pida español.'],
				whatHappens:
					'Es gratis y confidencial. No dan consejería. Le informan sobre tratamiento, grupos de apoyo y servicios cerca de usted.',
			},
		},
		{
			id: 'emergency',
			name: '911',
			who: 'Emergency services',
			label: 'Call 911',
			kind: 'emergency',
			call: { e164: '911', display: '911' },
			hours: 'Always',
			languages: [],
			options: [],
			whatHappens:
				'Call 911 if someone is in danger right now, has taken too much of a drug, or cannot wake up.',
			es: {
				name: '911',
				who: 'Servicios de emergencia',
				label: 'Llame al 911',
				hours: 'Siempre',
				languages: [],
				whatHappens:
					'Llame al 911 si alguien está en peligro ahora, consumió demasiada droga o no se despierta.',
			},
		},
	],
	es: {
		name: 'Juntos en la recuperación',
		tagline: 'Nadie tiene que reconstruir su vida a solas.',
		description:
			'Información clara para reconstruir sus lazos en la recuperación de una adicción, para quien se recupera y para su familia.',
		publisher: {
			description: 'un proveedor de tratamiento de adicciones en el condado de Orange, California',
		},
		corrections: { label: 'Avise a True Recovery de un cambio' },
	},
} satisfies SiteConfig;
