import * as families from './families.ts';
import * as glossary from './glossary.ts';
import * as kiosk from './kiosk.ts';
import * as news from './news.ts';
import * as publish from './publish.ts';
import * as results from './results.ts';

/**
 * Every string the interface shows, in French and English. Components take `t(lang)` and never
 * hard-code a visible string, so an /en/ page is the same component with `lang="en"`.
 */
const core = {
  'site.skip': 'Aller au contenu',
  'site.menu': 'Menu principal',
  'site.home': 'Accueil',
  'site.tagline': 'Nos élèves et nos équipes racontent leurs séjours à l’étranger',
  'nav.stories': 'Témoignages',
  'nav.news': 'Actualités',
  'nav.families': 'Familles',
  'nav.howToGo': 'Comment partir ?',
  'nav.contacts': 'Contacts',
  'footer.contacts': 'Vos contacts pour partir à l’étranger',
  'footer.school': 'L’établissement',
  'footer.legal': 'Informations légales',
  'footer.legalNotice': 'Mentions légales',
  'footer.accessibility': 'Accessibilité : non conforme',
  'footer.privacy': 'Données personnelles',
  'footer.email': 'Courriel',
  'footer.phone': 'Téléphone',
  'home.title': 'Partir à l’étranger pendant sa formation',
  'home.lead': 'Stages, études, voyages de classe : des apprenants et des personnels du lycée racontent ce qu’ils ont vécu, ce qui a été difficile et comment ils s’en sont sortis.',
  'home.featured': 'Ils sont partis, ils racontent',
  'home.allStories': 'Tous les témoignages',
  'home.latestNews': 'Dernières actualités',
  'home.allNews': 'Toutes les actualités',
  'home.families': 'Vous êtes parent ? Vos questions, nos réponses',
  'home.familiesText': 'Encadrement, assurance, argent, santé, langue : tout ce que les familles nous demandent avant un départ.',
  'home.familiesLink': 'Lire les réponses aux familles',
  'home.partnersTitle': 'Nos partenaires et nos résultats',
  'home.partnersText': 'Chaque année, plus d’apprenants partent à l’étranger grâce à nos partenaires en Europe et au-delà.',
  'home.resultsLink': 'Voir les résultats',
  'home.partnersLink': 'Nos partenaires',
  'story.inFrench': 'en français',
  'story.inEnglish': 'en anglais',
  'stories.title': 'Témoignages',
  'stories.lead': 'Des apprenants et des personnels racontent leur mobilité à l’étranger, et les élèves étrangers que nous accueillons racontent la leur.',
  'stories.count': '{n} témoignages',
  'stories.read': 'Lire le témoignage',
  'story.facts': 'En bref',
  'story.who': 'Qui',
  'story.track': 'Filière',
  'story.age': 'Âge',
  'story.minor': 'Moins de 18 ans pendant le séjour',
  'story.adult': '18 ans ou plus pendant le séjour',
  'story.where': 'Où',
  'story.host': 'Accueil',
  'story.programme': 'Programme',
  'story.dates': 'Dates',
  'story.duration': 'Durée',
  'story.kind': 'Type de séjour',
  'story.schoolYear': 'Année scolaire',
  'story.days': '{n} jours',
  'story.day': '1 jour',
  'story.outgoing': 'Départ à l’étranger',
  'story.incoming': 'En séjour au lycée',
  'story.worries': 'Ce témoignage répond à ces questions',
  'story.question': 'Une question ?',
  'story.questionText': 'Les responsables de la coopération internationale répondent aux familles et aux apprenants.',
  'story.questionLink': 'Écrire ou appeler les responsables de la coopération internationale',
  'story.back': 'Tous les témoignages',
  'story.staff': 'Personnel',
  'story.learner': 'En formation',
  'story.anonymous': 'Témoignage anonyme',
  'story.from': 'Du {start} au {end}',
  'news.title': 'Actualités',
  'news.lead': 'Les actions internationales du lycée, les rencontres avec nos partenaires et les événements à venir.',
  'news.read': 'Lire l’actualité',
  'news.event': 'Date de l’événement',
  'news.place': 'Lieu',
  'news.institutions': 'Partenaires institutionnels',
  'news.partners': 'Partenaires à l’étranger',
  'news.back': 'Toutes les actualités',
  'news.published': 'Publié le',
  'kind.internship': 'Stage',
  'kind.study': 'Études',
  'kind.group-trip': 'Voyage de classe',
  'kind.job-shadowing': 'Observation en poste',
  'kind.teaching': 'Mission d’enseignement',
  'kind.training': 'Formation',
  'newsKind.event': 'Événement',
  'newsKind.agreement': 'Convention',
  'newsKind.visit': 'Visite',
  'newsKind.funding': 'Financement',
  'newsKind.press': 'Presse',
  'newsKind.meeting': 'Rencontre',
  'newsKind.other': 'Actualité',
  'level.local': 'Local',
  'level.departmental': 'Départemental',
  'level.regional': 'Régional',
  'level.national': 'National',
  'level.european': 'Européen',
  'level.international': 'International',
  'lang.switch': 'English',
  'lang.name': 'Français',
} as const;

type CoreKey = keyof typeof core;

const coreEn: Record<CoreKey, string> = {
  'site.skip': 'Skip to content',
  'site.menu': 'Main menu',
  'site.home': 'Home',
  'site.tagline': 'Our learners and staff talk about their time abroad',
  'nav.stories': 'Stories',
  'nav.news': 'News',
  'nav.families': 'Families',
  'nav.howToGo': 'How to go abroad',
  'nav.contacts': 'Contacts',
  'footer.contacts': 'Who to contact about going abroad',
  'footer.school': 'The school',
  'footer.legal': 'Legal information',
  'footer.legalNotice': 'Legal notice',
  'footer.accessibility': 'Accessibility: not compliant',
  'footer.privacy': 'Privacy',
  'footer.email': 'Email',
  'footer.phone': 'Phone',
  'home.title': 'Going abroad as part of your course',
  'home.lead': 'Work placements, study stays, class trips: our learners and staff tell you what it was really like, what was hard and how they got through it.',
  'home.featured': 'Their stories from abroad',
  'home.allStories': 'All stories',
  'home.latestNews': 'Latest news',
  'home.allNews': 'All news',
  'home.families': 'Parents and carers: your questions answered',
  'home.familiesText': 'Supervision, insurance, money, health, language: everything families ask us before a trip abroad.',
  'home.familiesLink': 'Read our answers for families',
  'home.partnersTitle': 'Our partners and results',
  'home.partnersText': 'Each year more of our learners go abroad, thanks to our partners in Europe and further afield.',
  'home.resultsLink': 'See the results',
  'home.partnersLink': 'Our partners',
  'story.inFrench': 'in French',
  'story.inEnglish': 'in English',
  'stories.title': 'Stories',
  'stories.lead': 'Learners and staff describe their time abroad, and learners from other countries who came to us describe theirs.',
  'stories.count': '{n} stories',
  'stories.read': 'Read the story',
  'story.facts': 'At a glance',
  'story.who': 'Who',
  'story.track': 'Course',
  'story.age': 'Age',
  'story.minor': 'Under 18 during the stay',
  'story.adult': '18 or over during the stay',
  'story.where': 'Where',
  'story.host': 'Hosted by',
  'story.programme': 'Programme',
  'story.dates': 'Dates',
  'story.duration': 'Duration',
  'story.kind': 'Kind of stay',
  'story.schoolYear': 'School year',
  'story.days': '{n} days',
  'story.day': '1 day',
  'story.outgoing': 'Went abroad',
  'story.incoming': 'Hosted by the school',
  'story.worries': 'Questions this story answers',
  'story.question': 'Any questions?',
  'story.questionText': 'Our international coordinators are happy to answer families and learners.',
  'story.questionLink': 'Email or phone our international coordinators',
  'story.back': 'All stories',
  'story.staff': 'Staff',
  'story.learner': 'Learner',
  'story.anonymous': 'Anonymous story',
  'story.from': 'From {start} to {end}',
  'news.title': 'News',
  'news.lead': 'What the school is doing abroad, meetings with our partners, and events coming up.',
  'news.read': 'Read more',
  'news.event': 'Event date',
  'news.place': 'Where',
  'news.institutions': 'Institutional partners',
  'news.partners': 'Partners abroad',
  'news.back': 'All news',
  'news.published': 'Published on',
  'kind.internship': 'Internship',
  'kind.study': 'Study',
  'kind.group-trip': 'Class trip',
  'kind.job-shadowing': 'Job shadowing',
  'kind.teaching': 'Teaching assignment',
  'kind.training': 'Training',
  'newsKind.event': 'Event',
  'newsKind.agreement': 'Agreement',
  'newsKind.visit': 'Visit',
  'newsKind.funding': 'Funding',
  'newsKind.press': 'Press',
  'newsKind.meeting': 'Meeting',
  'newsKind.other': 'News',
  'level.local': 'Local',
  'level.departmental': 'Departmental',
  'level.regional': 'Regional',
  'level.national': 'National',
  'level.european': 'European',
  'level.international': 'International',
  'lang.switch': 'Français',
  'lang.name': 'English',
};

// Each feature keeps its strings in its own file (results.ts, kiosk.ts, …), merged here.
const fr = { ...core, ...results.fr, ...kiosk.fr, ...families.fr, ...publish.fr, ...news.fr, ...glossary.fr };
const en = { ...coreEn, ...results.en, ...kiosk.en, ...families.en, ...publish.en, ...news.en, ...glossary.en };

export type UiKey = keyof typeof fr;
export const ui: Record<'fr' | 'en', Record<UiKey, string>> = { fr, en };
export type Lang = keyof typeof ui;

/** The translator for one language: t('stories.count', { n: 12 }) → "12 témoignages". */
export function useTranslations(lang: Lang) {
  return (key: UiKey, values: Record<string, string | number> = {}): string => {
    const text = ui[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
    return lang === 'fr' ? frenchSpacing(text) : text;
  };
}

/** French typography: a narrow no-break space before ? ! : ; » and after «, so they never start a line. */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([?!:;»])/g, '\u202f$1').replace(/« /g, '«\u202f');
}

/** Site-relative URL for a path in a language: French at the root, English under /en/. */
export function localizedPath(lang: Lang, pathname: string): string {
  const clean = pathname.replace(/^\/+/, '');
  return lang === 'fr' ? `/${clean}` : `/en/${clean}`;
}

/** The site's sections and their URL segment in each language (/resultats/ ↔ /en/results/). */
export const sections = {
  stories: { fr: 'temoignages', en: 'stories' },
  news: { fr: 'actualites', en: 'news' },
  results: { fr: 'resultats', en: 'results' },
  partners: { fr: 'partenaires', en: 'partners' },
  families: { fr: 'familles', en: 'families' },
  search: { fr: 'recherche', en: 'search' },
  data: { fr: 'donnees', en: 'data' },
  kiosk: { fr: 'kiosque', en: 'kiosk' },
  glossary: { fr: 'glossaire', en: 'glossary' },
} as const;
export type Section = keyof typeof sections;

/**
 * URL of a section, or of a page in it, in a language: pathTo('en', 'results', '2024-2025')
 * → "/en/results/2024-2025/". Pages call this rather than writing URLs by hand.
 */
export function pathTo(lang: Lang, section: Section | null, ...rest: string[]): string {
  const parts = [section ? sections[section][lang] : '', ...rest].filter(Boolean);
  return localizedPath(lang, parts.length ? `${parts.join('/')}/` : '');
}
