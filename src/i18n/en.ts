/**
 * English UI words: every visible string that is not content. Components and browser scripts
 * look words up here by key; `{name}` marks a value filled in by `fill`, and `{ one, other }`
 * objects are plural forms chosen by `plural` (src/i18n/format.ts). Numbers are numerals.
 *
 * Another language copies this file's keys (src/i18n/index.ts types it as `Dictionary`, so a
 * missing key fails `astro check`).
 */
export const en = {
	site: {
		/** The site's short name, under an installed app's icon. */
		appName: 'Together',
		skipLink: 'Skip to main content',
		home: 'Home',
		breadcrumb: 'Breadcrumb',
		mainNav: 'Main',
		footerNav: 'Footer',
		darkTheme: 'Dark theme',
	},
	nav: {
		articles: 'Articles',
		directory: 'Directory',
		getHelp: 'Get help',
		inRecovery: 'For people in recovery',
		forFamilies: 'For families and friends',
		glossary: 'Glossary',
		myCircle: 'My circle',
		about: 'About',
		privacy: 'Privacy',
		accessibility: 'Accessibility',
		rss: 'RSS feed',
	},
	lines: {
		/** Language names Intl has no word for in every language, by code. */
		languageNames: { ase: 'American Sign Language' },
		call: 'Call {number}',
		text: 'Text {number}',
		textKeyword: 'Text {keyword} to {number}',
		tty: 'TTY {number}',
		chat: 'Chat online',
		chatWith: ' with {name}',
		/** After the helpline's name where it is not answered in the page's language. */
		answeredIn: '(in {languages})',
		callTo: 'Call {name}',
		kinds: {
			provider: 'Treatment provider line',
			crisis: 'Crisis line',
			referral: 'Referral line',
			emergency: 'Emergency',
		},
		whoAnswers: 'Who answers',
		when: 'When',
		languages: 'Languages',
		whatHappens: 'What happens',
		website: '{name} website',
		providerNote: "(a treatment provider's line)",
	},
	callBar: {
		label: 'Call for help',
		crisisLines: 'Crisis lines',
		/** The phone bar's short labels; the message still carries a line's keyword. */
		call: 'Call {number}',
		text: 'Text {number}',
	},
	footer: {
		linesTitle: 'Crisis and help lines',
		privacy: 'No tracking, no cookies, no ads: what you read and search here stays on your device.',
		privacyLink: 'Our privacy promise',
		publisher:
			"{site} is published by {publisher}, {description}. Its helpline is a provider's line ({helpline}); the national lines above are independent of it.",
	},
	crisis: {
		label: 'Crisis lines',
		title: 'If you are thinking about suicide or are in crisis, help is here now.',
		searchTitle: 'You do not have to go through this alone. Help is here right now.',
		providerToo: 'You can also call {helpline}:',
	},
	helplineCallout: {
		title: 'Talk to someone now',
		text: 'You do not have to figure this out alone. A real person can help today.',
		note: '{publisher} is a treatment provider; its line reaches {who}. The national lines are free, private and independent of it.',
		seeAll: 'See every line',
	},
	callout: { note: 'Note', tip: 'Try this', care: 'Take care' },
	keyPoints: 'Key points',
	search: {
		button: 'Search',
		title: 'Search',
		close: 'Close',
		closeWhat: ' search',
		label: 'Search the site',
		placeholder: 'Try “sponsor” or “Al-Anon”',
		keys: 'Arrow keys move through results. Enter opens one. Escape closes.',
		fullPage: 'Open the full search page with filters',
		searchFor: 'Search for',
		searching: 'Searching…',
		results: { one: '{count} result', other: '{count} results' },
		resultsFor: { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
		inPage: '{section}, in {page}',
		showMore: 'Show more results',
		filters: 'Filters',
		clearFilters: 'Clear filters',
		typeLegend: 'Type',
		topicLegend: 'Topic',
		unavailable: 'Search is not available right now.',
		needsJs: 'Search needs JavaScript, which is turned off in your browser.',
		stillFind: 'You can still find everything from these pages:',
		allArticles: 'All articles',
		theDirectory: 'The directory of support',
		everyLine: 'Get help now: every line you can call or text',
		types: {
			article: 'Article',
			supportType: 'Support type',
			guide: 'Guide',
			topic: 'Topic',
			glossary: 'Glossary',
			directory: 'Directory',
			page: 'Page',
		},
	},
	articles: {
		updated: 'Updated {date}',
		minutes: { one: '{count} min read', other: '{count} min read' },
		forAudiences: 'For {audiences}',
		and: ' and ',
		topics: 'Topics',
		sources: 'Sources',
		supportMentioned: 'Support mentioned here',
		keepReading: 'Keep reading',
		step: 'Step {count}',
		onThisPage: 'On this page',
		linkToSection: 'Link to this section',
		filterLabel: 'Filter articles',
		all: 'All articles',
		allCount: { one: 'All {count} article', other: 'All {count} articles' },
		count: { one: '{count} article', other: '{count} articles' },
		countOnTopic: { one: '{count} article on this topic', other: '{count} articles on this topic' },
		whoFor: 'Who it is for',
		topic: 'Topic',
		forAudience: 'Articles for {audience}',
	},
	hub: {
		readingPath: 'A reading path',
		readingPathIntro: 'Read them in this order, or pick the one that fits today.',
		supportThatFits: 'Support that may fit',
		everyKind: 'See every kind of support',
	},
	directory: {
		browse: 'Browse by kind',
		otherKinds: 'Other kinds of support',
		printLink: 'Printable list of every support type and line',
		filtersTitle: 'Filter support types',
		filtersHint: 'Tick as many as you like. Results update as you choose.',
		clearAll: 'Clear all filters',
		count: { one: '{count} support type', other: '{count} support types' },
		countMatching: {
			one: '{count} support type matches your choices',
			other: '{count} support types match your choices',
		},
		emptyTitle: 'No support type matches all of those choices.',
		emptyText: 'Try removing a filter, or talk to a person who can help you find the right fit:',
		emptyLines: 'every free help line',
		finderSummary: 'Not sure where to start? Answer a few quick questions',
		finderSubmit: 'Show support that fits',
		noPreference: 'No preference',
		whatItIs: 'What it is',
		whoItHelps: 'Who it helps',
		whatToExpect: 'What to expect',
		howToStart: 'How to start',
		programs: 'Programs and lines',
		programsNote:
			'Details change. Each one shows when we last checked it. Where we are less sure, we say so.',
		somethingWrong: 'Something wrong or out of date?',
		articlesAbout: 'Articles about this',
		goodToKnow: 'Good to know:',
		website: 'Website',
		websiteOf: ' of {name}',
		findMeeting: 'Find a meeting or group',
		findWith: ' with {name}',
		languages: 'Languages: {list}.',
		checked: 'Checked {date}.',
		secondhand: 'Some details come from other sites: check with the organization.',
		howWeChecked: 'How we checked this',
		howWeCheckedFor: ' for {name}',
		factSupports: 'Supports the {fields}.',
		factSeen: 'Seen on {kind}, {date}.',
		factFields: {
			website: 'website address',
			description: 'description',
			findUrl: 'meeting finder link',
			lines: 'phone and text lines',
			languages: 'languages',
			caveat: '"good to know" note',
			spanish: 'help in Spanish',
		},
		sourceKinds: {
			own: "the organization's own page",
			official: 'an official page',
			elsewhere: 'another site',
		},
		spanishLabel: 'En español:',
		sources: 'Sources',
		categoryTitle: '{category}: directory',
		categoryDescription:
			'{category}: what each one is, who it helps, and how to start. Part of our directory of support.',
		print: {
			firstStep: 'First step:',
			confirm: '(confirm details with them)',
			lines: 'Lines you can call or text now',
		},
	},
	circle: {
		title: 'My support circle',
		description:
			'A private planner for your people, your meetings and a plan for hard moments. It stays on your device. Print a wallet card or add people to your phone.',
		lede: 'List the people who help you, the meetings you go to, and what to do when things get hard. Then take it with you: on a wallet card, on paper, or in your phone.',
		hubLink: 'Make your own support circle',
		hubText:
			'Put your people, your meetings and a plan for hard moments in one private place, on your device.',
		read: 'Read:',
		privacy: {
			title: 'Private by design',
			text: 'What you type stays in this browser. It is never sent to us or to anyone else. There is no account and no cookie.',
			keep: 'Keep this on this device',
			keepHint:
				'If you do not tick this, everything is gone when you close or reload the page. If you do, this browser keeps your circle until you delete it. On a shared phone or computer, anyone who opens this page on it can see what you kept.',
			delete: 'Delete everything',
			kept: 'Kept on this device. Changes are saved as you type.',
			notKept: 'No longer kept on this device. What you typed stays on this page until you close it.',
			deleted:
				'Everything is deleted, from this page and from this device. Until you leave this page, you can undo it.',
			undo: 'Undo: bring my circle back',
			restored: 'Your circle is back, as it was before you deleted it.',
			storageOff:
				'This browser does not let pages keep anything, so your circle cannot be kept here. You can still save a copy as a file.',
		},
		noScript: {
			title: 'Fill it in by hand',
			text: 'The planner on this page needs JavaScript, which is turned off in your browser. You can print a blank plan and a blank wallet card, and fill them in with a pen.',
			plan: 'A blank plan for hard moments, to print',
			card: 'A blank wallet card, to print',
		},
		people: {
			title: 'My people',
			intro:
				'Add the people who support you, by the kind of support they give. A few names are enough to start.',
			groups: {
				sponsor: {
					title: 'Sponsor or spiritual guide',
					hint: 'Someone further along in recovery who helps you with the steps, or a faith leader you trust.',
					add: 'Add a sponsor or guide',
				},
				treatment: {
					title: 'My treatment team',
					hint: 'A counselor, doctor, case manager or peer coach.',
					add: 'Add someone from my treatment team',
				},
				family: {
					title: 'Family',
					hint: 'Family members who support your recovery, even if trust is still growing.',
					add: 'Add a family member',
				},
				recoveryFriends: {
					title: 'Friends in recovery',
					hint: 'People from treatment, meetings or groups who understand.',
					add: 'Add a friend in recovery',
				},
				group: {
					title: 'My group',
					hint: 'Your home group, a group chat, or the person who leads the group.',
					add: 'Add someone from my group',
				},
				newFriends: {
					title: 'New friends',
					hint: 'Friends from work, school, the gym, a class or a hobby.',
					add: 'Add a new friend',
				},
				other: {
					title: 'Other people',
					hint: 'Anyone else who helps you, in any way.',
					add: 'Add someone else',
				},
			},
			newPerson: 'New person',
			name: 'Name',
			phone: 'Phone number',
			phoneHint: 'With the area code. For a number outside the U.S., start with + and the country code.',
			phoneInvalid: 'This does not look like a phone number. Check the digits and the area code.',
			phoneValid: 'Dials as {number}.',
			reach: 'How I reach them',
			reachWays: { call: 'Call', text: 'Text', both: 'Call or text' },
			when: 'When I reach out to them',
			helpsWith: 'What they help with',
			onCard: 'Put on my wallet card',
			callName: 'Call {name}',
			textName: 'Text {name}',
			contact: 'Add to my phone’s contacts',
			remove: 'Remove',
			removed: '{name} is removed.',
			unnamed: 'This person',
			count: { one: '{count} person', other: '{count} people' },
		},
		meetings: {
			title: 'My meetings',
			intro: 'The meetings and groups you go to, so you always know where and when the next one is.',
			add: 'Add a meeting',
			newMeeting: 'New meeting',
			name: 'Name of the meeting or group',
			day: 'Day',
			days: {
				none: 'Choose a day',
				mon: 'Monday',
				tue: 'Tuesday',
				wed: 'Wednesday',
				thu: 'Thursday',
				fri: 'Friday',
				sat: 'Saturday',
				sun: 'Sunday',
				varies: 'It changes',
			},
			time: 'Time',
			placeOrLink: 'Place or link',
			remove: 'Remove',
			removed: '{name} is removed.',
			unnamed: 'This meeting',
			count: { one: '{count} meeting', other: '{count} meetings' },
		},
		plan: {
			title: 'My plan for hard moments',
			intro:
				'Write it on a calm day, in your own words. When a hard moment comes, start at step 1 and keep going until you feel safer. You can stop at any step.',
			afterUse: 'If a hard moment ended in a return to use, you are not starting over.',
			step: 'Step {count}',
			warningSigns: {
				title: 'Signs that a hard moment is coming',
				hint: 'Thoughts, feelings, places or times that tell you it is starting. For example: “I stop answering texts.”',
			},
			onMyOwn: {
				title: 'Things I can do on my own',
				hint: 'Small things that help you ride it out: a walk, a shower, music, a prayer, writing it down.',
			},
			distractions: {
				title: 'People and places that take my mind off it',
				hint: 'A friend to have coffee with, a meeting, a park, the library. You do not have to talk about how you feel.',
			},
			askForHelp: {
				title: 'People I can ask for help',
				hint: 'People you can tell that you are struggling. Tick them from My people.',
				none: 'Add people under My people first. They will show up here.',
			},
			lines: {
				title: 'Professionals and lines I can call',
				hint: 'These lines answer at any time. Untick any you do not want in your plan. The people you listed under My treatment team belong to this step too.',
				keep: 'In my plan',
				everyLine: 'Every line, who answers and what happens when you call',
				emergency: 'If you or someone else is in danger right now, call {number}.',
			},
			saferSpace: {
				title: 'How I make my space safer',
				hint: 'Ways to keep yourself safe at home, such as asking someone to hold on to things that could hurt you, or keeping naloxone where you can find it.',
			},
		},
		take: {
			title: 'Take it with you',
			card: 'Wallet card',
			cardHint:
				'Pick up to {count} people and lines for a card the size of a bank card. Tick “Put on my wallet card” next to a person, or a line here.',
			cardLine: 'Put {name} on my wallet card',
			cardCount: { one: '{count} of {max} on your card.', other: '{count} of {max} on your card.' },
			cardFull: 'Your card has room for {max}. Take one off first.',
			openCard: 'Open my wallet card',
			plan: 'Full plan',
			planHint: 'Your people, meetings and plan on one or two printed pages.',
			openPlan: 'Open my full plan to print',
			opens: '(opens in a new tab)',
			contacts: 'Phone contacts',
			contactsHint:
				'A contacts file (.vcf) of everyone with a number. Open it on your phone to add them all at once.',
			contactsAll: 'Add my whole circle to my phone’s contacts',
			file: 'A copy as a file',
			fileHint:
				'The file stays wherever you save it; it is not sent anywhere. Use it to move your circle to another device, or to bring it back after you delete it.',
			export: 'Save a copy as a file',
			// Names of the files the planner saves (the extension is added): letters, digits, hyphens.
			fileNames: { contacts: 'support-circle', copy: 'my-support-circle', contact: 'contact' },
			import: 'Bring back a saved copy',
			imported: 'Your circle is back: {people}, {meetings} and your plan.',
			importErrors: {
				tooLarge: 'This file is too large to be a saved circle (the limit is {size}). Nothing was changed.',
				notJson: 'This file could not be read as a saved circle. Nothing was changed.',
				notCircle: 'This file is not a circle saved from this page. Nothing was changed.',
				version:
					'This file was saved by another version of this planner (version {version}), so it cannot be read here. Nothing was changed.',
				field:
					'This file could not be read: the value at “{field}” is not the right kind. Nothing was changed.',
			},
		},
		sources: {
			title: 'Where these steps come from',
			text: 'The plan follows the steps of the Stanley-Brown Safety Plan and of relapse prevention worksheets, in our own words. It does not replace care from a professional.',
			supports: {
				stanleyBrown:
					'The six steps of the safety plan: warning signs, coping on your own, people and places that distract, people who can help, professionals and lines, and a safer space.',
				ownWords:
					'A safety plan is short, in the person’s own words, and kept where it can be found in a crisis.',
				relapsePrevention:
					'Relapse prevention names high-risk situations ahead of time and plans a way to cope with each.',
				relapseWorksheet:
					'A relapse prevention plan lists triggers, early warning signs, ways to cope and support people, with their numbers filled in ahead of time.',
			},
		},
		card: {
			title: 'My wallet card',
			description:
				'Your support circle on a card the size of a bank card: the people and lines you picked, and what to do when it gets hard. Print it, or save it as a PDF.',
			lede: 'Print it on card stock or paper, cut out the front and the back, and glue or tape them back to back. Or save it as a PDF to keep on your phone.',
			print: 'Print or save as PDF',
			printHint: 'In the print window, choose 100% or “Actual size”.',
			blank: 'This card is blank to fill in by pen. To fill it in here, use the planner.',
			back: 'Back to my support circle',
			front: 'Front of the card',
			backSide: 'Back of the card',
			heading: 'My support circle',
			whenHard: 'When it gets hard',
			onMyOwn: 'I can:',
			name: 'Name',
			number: 'Number',
		},
		fullPlan: {
			title: 'My plan for hard moments, to print',
			description:
				'Your people, your meetings and your plan for hard moments on one or two printed pages. Without the planner, a blank plan to fill in by hand.',
			lede: 'Keep it somewhere you can find it fast: by your bed, in your bag, or as a PDF on your phone.',
			print: 'Print or save as PDF',
			blank: 'This plan is blank to fill in by pen. To fill it in here, use the planner.',
			back: 'Back to my support circle',
			noMeetings: 'No meetings yet.',
			noPeople: 'No one here yet.',
		},
		offline: {
			title: 'You are offline',
			description:
				'This page is not saved on this device. Calls and texts still work without a data connection.',
			lede: 'This page is not saved on this device, so it cannot open without a connection. Calls and texts do not need data: help is still one tap away.',
			saved: 'Pages saved on this device',
			again: 'When you are back online, reload this page.',
		},
	},
	pages: {
		home: {
			heading: 'Early recovery can feel lonely. It does not stay that way.',
			lede: 'You can build a circle of people who understand. This site helps you take the next step: a person to talk to today, plain words about what helps, and the kinds of support that exist.',
			callFree: 'Call {number}: free, any time',
			everyLine: 'See every crisis and help line',
			pathsTitle: 'Where are you starting from?',
			inRecovery: {
				title: 'I am in recovery, or thinking about it',
				text: 'Feeling alone is common, and it passes. Start with a reading path about loneliness, meetings and new friendships.',
				cta: 'Start here if you are in recovery',
			},
			forFamilies: {
				title: 'Someone I love is in recovery',
				text: 'You can help without losing yourself, and there is support for you too.',
				cta: 'Start here if you are family or a friend',
			},
			featuredTitle: 'Good places to start reading',
			directoryTitle: 'Find the kind of support that fits',
			directoryText: {
				other:
					'{count} kinds of support, from 12-Step and secular groups to family groups, therapy and recovery housing.',
			},
			directoryLink: 'Browse and filter the whole directory',
		},
		articles: {
			title: 'Articles',
			description:
				'Plain-language articles on loneliness, identity, meetings, relationships, and how families can help. Filter by topic or by who they are written for.',
			lede: 'Plain words about rebuilding connection in recovery, for people in recovery and the people who love them.',
		},
		audience: {
			description:
				'Every article written for {audience}, newest first: loneliness, meetings, relationships, trust and support.',
		},
		topic: { title: '{topic}: articles' },
		directory: {
			title: 'Directory of support',
			description:
				'Every kind of support in one place: 12-Step and secular groups, family groups, therapy, peer coaches, recovery housing and help lines. Filter by who it is for.',
			heading: 'Find the kind of support that fits',
			lede: 'There are many ways to find people who understand. Here is what each kind of support is, who it helps, and how to start.',
		},
		printDirectory: {
			title: 'Printable directory of support',
			description:
				'Every kind of support and every checked line on a few printed pages, for counselors and case workers to hand out.',
			breadcrumb: 'Printable list',
			heading: 'Kinds of support in recovery: a list to keep',
			intro:
				"From {site}. We checked these details between {from} and {to}. They can change, so confirm with each organization. Use your browser's print command, or save as PDF.",
		},
		glossary: {
			title: 'Glossary',
			description:
				'Plain-language meanings of recovery words: sponsor, home group, open and closed meetings, amends, CRAFT, MOUD, recovery residence and more.',
			lede: 'Recovery has its own words. Here is what they mean, in plain language, and the words we choose to use.',
			terms: 'Terms',
			ourWords: 'The words we use: ',
			seeAlso: 'See also:',
		},
		search: {
			title: 'Search',
			description:
				'Search every article, support type, organization and glossary term on the site. Your search stays in your browser and is never sent anywhere.',
			lede: 'Search articles, kinds of support, organizations and the glossary. What you type stays on your device.',
		},
		getHelp: {
			title: 'Get help now',
			description:
				"Every line you can call or text: who answers, when, in which languages, and what happens when you reach out. Free national lines and our provider's line.",
			lede: 'You can talk to a real person today. Here is every line, who answers, and what happens when you call or text.',
			spanishTitle: 'Help in Spanish',
			spanishLede: 'Each of these free lines can put you in touch with someone who speaks Spanish:',
			danger: 'Is someone in danger right now?',
			overdoseTitle: 'If someone may have overdosed',
			overdoseSteps: [
				'Call {emergency} right away.',
				'Give naloxone (Narcan) if you have it.',
				'Help them breathe. Try to keep them awake.',
				'Lay them on their side so they do not choke.',
				'Stay with them until help comes.',
			],
			notSure: 'If you are not sure, act as if it is an overdose.',
			overdoseLink: 'Signs of an overdose and what to do',
			callEmergency:
				'Call {number} if someone may die, has taken too much of a drug, or will not wake up. Stay with them until help comes.',
			endingLife:
				'If you are thinking about ending your life, call or text {lifeline}. You can also text {keyword} to {textNumber}. A kind, trained person will listen. You do not have to be in a crisis to reach out.',
			crisisTitle: 'Crisis lines: free, private, any time',
			referralTitle: 'Find treatment or a group near you',
			referralNote:
				'This line does not give counseling. It helps you find care, groups and services where you live.',
			providerTitle: 'Talk to the team behind this site',
			providerNote:
				'{site} is run by {publisher}, a treatment provider. Its line reaches {who}, in {languages}. It is not a neutral helpline. The free lines above are there for you no matter where you get care.',
			expectTitle: 'What to expect when you call',
			expect: [
				'You can say as much or as little as you want.',
				'You can call for yourself or for someone you care about.',
				'It is fine to be scared, upset, or not sure what to say. "I need to talk" is enough.',
				'If you feel rushed, you can call again later. It is never a bother.',
			],
		},
		about: {
			title: 'About this site',
			description:
				'Who publishes {site}, how we write and check what you read here, and how to tell us when something is wrong.',
			lede: '{site} helps people in recovery and their families find connection, understand their options, and reach a person when they need one.',
			whoTitle: 'Who publishes it',
			who: '{site} is published by {publisher}, {publisherDescription}. The phone number in the header reaches {who}. We label it that way, and every page also lists the free national lines at the bottom. You never have to call us to use anything on this site.',
			writeTitle: 'How we write',
			write: [
				'We write in plain words, for people who may be reading on a phone on a hard day.',
				'We use person-first language. We say "person in recovery", not labels that shame. When a fellowship or its members use their own words, we respect that.',
				'We treat every path as valid: 12-Step groups, secular groups, faith-based groups, clinical care, and medication for opioid use disorder.',
				'We give general information, not medical advice. Stopping some substances suddenly can be dangerous, so we point to medical help.',
			],
			checkTitle: 'How we check facts',
			checked:
				'We checked the facts in our directory between {from} and {to}. To check them, we read saved copies of public web pages. We did not phone the organizations or check their sites live.',
			sourcesIntro: 'For each fact, we note where we saw it and how sure we are:',
			officialLabel: "The organization's own page or an official page.",
			official:
				"This includes government pages and copies of an organization's own fact sheets or pamphlets. We treat these facts as checked.",
			secondhandLabel: 'Only on other sites',
			secondhand:
				', such as news stories, encyclopedias or other directories. We still list these, but the entry says "{notice}"',
			secondhandCount: {
				one: 'Right now {count} of our {total} entries says this.',
				other: 'Right now {count} of our {total} entries say this.',
			},
			numbers:
				"We only list a phone or text number when we saw it on the organization's own page or an official page. If we could not, we send you to the organization's website instead.",
			dates:
				'Each entry shows the date of its most recent check. Open "{howChecked}" on any entry to see every page we used, what it supports, and the date we checked it. When we quote an organization\'s own words, we put them in quotation marks.',
			notDoTitle: 'What we do not do',
			notDo: [
				'We do not check pages live. Phone numbers, hours and meetings can change after the date we checked them. Before you go or call, check with the organization.',
				'We do not rank programs. Every path in the directory is a valid one.',
				'We do not invent stories, quotes, or numbers. Articles list their sources at the end.',
			],
			reportTitle: 'Tell us when something is wrong',
			report:
				'Numbers and programs change. If you find a wrong number, a closed group, or words that hurt, please tell us: {link}.',
			privacyTitle: 'Your privacy',
			privacy: 'This site does not track you. Read {link}.',
			privacyLink: 'our privacy promise',
		},
		privacy: {
			title: 'Privacy',
			description:
				'{site} does not track you: no analytics, no cookies, no ads, and no outside services. Here is what that means in plain words.',
			heading: 'Your privacy',
			lede: 'What you read here is your business. This site does not watch what you do.',
			notCollectTitle: 'What we do not collect',
			notCollect: [
				'No analytics and no tracking pixels.',
				'No cookies.',
				'No ads, and no "like" or "share" buttons that report back to other companies.',
				"No fonts, scripts or videos loaded from other companies' servers.",
				'No forms that send anything. We never ask for your name, email or phone number. What you type in the support circle planner stays on your device.',
			],
			searchTitle: 'Search stays on your device',
			search:
				'When you search, your words never leave your browser. The search index is part of this site, and your phone or computer does the searching.',
			callsTitle: 'Calls and texts',
			calls:
				'When you tap a number, your phone makes the call or opens your messages app. We add nothing to that tap and we cannot see it.',
			browserTitle: 'What your browser remembers',
			theme:
				'If you choose the light or dark theme, your browser stores that choice on your device so the page looks the same next time. It is never sent to us. Clearing your browser data removes it.',
			circle:
				'Your support circle is kept only if you tick “{keep}”. It stays in this browser and is never sent to us. “{delete}” on that page removes it from this browser at once. Until you leave that page you can undo it; after that, nothing can bring it back. If you switch language on that page, a circle you have not kept goes along to the other language’s page in the same tab, and is removed from the browser as that page opens.',
			offline:
				"Once you open the help page or the support circle, your browser saves a copy of them, and of the articles you open, so they work without a connection. These are this site's own pages, nothing you typed. Clearing your browser data for this site removes them.",
			linksTitle: 'Links to other websites',
			links:
				"We link to groups and services such as 988 or Al-Anon. When you follow a link, that site's own privacy rules apply. We tell your browser not to pass on which page you came from.",
		},
		accessibility: {
			title: 'Accessibility',
			description:
				'How {site} works for people who use a screen reader, a keyboard, zoom or large text, how we test it, what we know is not right yet, and how to tell us.',
			lede: 'This site should work for everyone, including people who use a screen reader, a keyboard, zoom or large text.',
			goalTitle: 'Our goal',
			goal: 'We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. These are the rules most public websites follow so that people with disabilities can use them.',
			testTitle: 'How we test',
			testIntro: 'Each time the site is built, a computer checks every page:',
			tests: [
				'It runs axe, a free checking tool, on every page. It checks the light and dark themes, on a phone-sized screen and on a computer-sized screen.',
				'It makes each page 320 pixels wide. That is as wide as a big screen zoomed to 400%. Nothing may need sideways scrolling. It checks this again with more space between lines, words and letters.',
				'It makes the text twice as big. No text may be cut off or hidden.',
				'It moves the keyboard focus through every link, button and form field. Each one must show a clear outline, stay on the screen, and not hide behind the call bar at the bottom.',
				'It checks that links and buttons are big enough to tap, or far enough apart.',
				'It checks that all content sits in labeled parts of the page, so screen reader users can jump between them.',
				'It checks that Spanish words on English pages are marked, so a screen reader says them in Spanish.',
				'It checks that every page can be read without JavaScript.',
				'It checks that the code of every page is valid HTML, which helps screen readers and other tools read it.',
				'It keeps a record of how the menu, the call bar, search and the directory filters look to a screen reader. Any change there has to be looked at by a person.',
			],
			byHandIntro: 'We also check some things by hand:',
			byHand: [
				'We look at some pages on small phone screens, in the light and dark themes.',
				'We read what the menu, the call bar, search and the directory filters tell a screen reader.',
			],
			limitsTitle: 'What is not right yet',
			limits: [
				'We have not yet tested the site with screen readers such as VoiceOver, TalkBack or NVDA, or with people who have disabilities.',
				'On a phone with very large text, some boxes are wider than the screen, and the call bar at the bottom takes up almost a third of it.',
				'On a small or zoomed screen, the call bar at the bottom takes up some of the screen. We keep it there so you can always call for help.',
				'In articles, a screen reader reads "{sectionLink}" at the end of each section heading.',
				'We link to other websites, such as 988 and support groups. We cannot fix problems on those websites.',
				'Computer checks cannot find every problem. You may find one we missed.',
			],
			reportTitle: 'Tell us about a problem',
			report:
				'If something on this site is hard or impossible for you to use, please tell us. Say which page it was, what you were trying to do, and what you use, such as a screen reader or zoom. We use the same page for all corrections: {link}.',
			needHelp:
				'If you need help now and this site gets in the way, you do not have to use it. Call or text {number} at any time.',
			lastChecked: 'We last checked this statement in {month}.',
		},
		notFound: {
			title: 'Page not found',
			description:
				'We could not find that page. Here are the main sections of the site and the lines you can call or text right now.',
			heading: 'We could not find that page',
			lede: 'The address may be wrong, or the page may have moved. You have not done anything wrong.',
			tryThese: 'Try one of these',
			homePage: 'Home page',
		},
		shareImage: {
			site: 'Plain-language help for recovery and families',
			article: 'Article',
			supportType: 'Kinds of support',
		},
	},
} as const;
