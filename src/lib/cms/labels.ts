import type { EditorCollection } from './schemaFields.ts';

/**
 * Every French word the browser editor (/admin/) shows about the content contract, in one place:
 * for each collection, its name and, for each field path (list items without an index), a label
 * and a hint written for a teacher — what the field is for, with an example. The editor's
 * configuration is generated from the schemas (src/lib/cms/config.ts); tests/unit/cms-config.test.ts
 * fails when a schema field has no entry here, or an entry here no field.
 */

export interface FieldText {
  label: string;
  hint?: string;
  /** A multi-line text box rather than one line. */
  multiline?: boolean;
  /** Not shown in the form (the file keeps the value): why, in French, for the code reader. */
  hidden?: string;
  /** Options of a list of choices shown as a compact list (collapsed items' summary). */
  summary?: string;
}

export interface CollectionText {
  label: string;
  singular: string;
  description: string;
  /** Label and hint of the text of an MDX entry (`body`). */
  body?: FieldText;
  fields: Record<string, FieldText>;
}

/** The identifier of a reference list's item, with an example of the list's own. */
const idField = (example: string): FieldText => ({ label: 'Identifiant', hint: `En minuscules, sans accents, avec des tirets, ex. « ${example} ». Ne le changez plus une fois utilisé.` });
const NO_CODE = 'Pas de code : les signes { } et < sont refusés (écrivez `\\{` `\\}` ou `&lt;` pour les afficher).';
/** The text of an MDX entry, with the dialect's one rule a writer meets. */
const bodyField = (label: string): FieldText => ({ label, hint: NO_CODE });
const website: FieldText = { label: 'Site web', hint: 'Facultatif, commençant par https://' };

/** Shared labels for the two languages of a text shown to visitors ({ fr, en }). */
export const LANGUAGE_PARTS: Record<string, FieldText> = {
  fr: { label: 'En français' },
  en: { label: 'En anglais', hint: 'Pour la version anglaise du site (les partenaires étrangers). Une traduction simple suffit.' },
};

/** French names of every value of every list of choices of the schemas. */
export const OPTION_LABELS: Record<string, string> = {
  // author.role
  learner: 'Apprenant·e (élève, apprenti·e, étudiant·e)',
  staff: 'Membre du personnel',
  // consent.name
  'first-name': 'Prénom seulement',
  'full-name': 'Prénom et nom',
  anonymous: 'Anonyme (aucun nom affiché)',
  // directions
  outgoing: 'Départ : un·e apprenant·e ou un personnel du lycée part à l’étranger',
  incoming: 'Accueil : le lycée reçoit quelqu’un venu de l’étranger',
  // mobility kinds
  internship: 'Stage en entreprise ou en exploitation',
  study: 'Période d’études dans un établissement partenaire',
  'group-trip': 'Voyage de groupe',
  'job-shadowing': 'Observation (job shadowing) d’un personnel',
  teaching: 'Mission d’enseignement',
  training: 'Formation d’un personnel',
  // news kinds
  event: 'Événement (journée, réunion publique, salon…)',
  agreement: 'Convention ou accord signé',
  visit: 'Visite',
  funding: 'Financement obtenu',
  press: 'Article de presse',
  meeting: 'Réunion, comité',
  other: 'Autre',
  // institution levels
  local: 'Local (commune, intercommunalité)',
  departmental: 'Départemental',
  regional: 'Régional',
  national: 'National (État, ministères)',
  european: 'Européen (Union européenne, Erasmus+)',
  international: 'International (ex. OFAJ)',
  // funder classes
  municipality: 'Commune',
  intercommunality: 'Intercommunalité (communauté de communes, d’agglomération…)',
  department: 'Département',
  region: 'Région',
  state: 'État (ministères, DRAAF, rectorat…)',
  eu: 'Union européenne (Erasmus+, quel que soit l’organisme qui verse)',
  // partner kinds
  school: 'Établissement scolaire',
  farm: 'Exploitation agricole',
  company: 'Entreprise',
  association: 'Association',
  institution: 'Institution publique',
  // support kinds
  letter: 'Lettre de soutien',
  label: 'Label',
  award: 'Prix',
  // languages
  fr: 'Français',
  en: 'Anglais',
};

const lang: FieldText = { label: 'Langue du texte', hint: 'Français dans presque tous les cas. « Anglais » pour un texte écrit en anglais (ex. par un partenaire étranger).' };
const draft: FieldText = {
  label: 'Brouillon (non publié)',
  hint: 'Laissez activé tant que le texte n’est pas prêt : un brouillon se voit dans l’aperçu, jamais sur le site en ligne. Désactivez pour publier.',
};
const cover: FieldText = { label: 'Photo de couverture', hint: 'Une photo en JPEG ou PNG (pas HEIC). Elle est enregistrée à côté du texte. Facultative.' };
const coverAlt: FieldText = {
  label: 'Description de la photo de couverture',
  hint: 'Obligatoire s’il y a une photo : ce que l’on voit, pour les personnes aveugles. Ex. « Léa nourrit des veaux dans une étable ».',
  multiline: true,
};

export const COLLECTION_TEXTS: Record<EditorCollection, CollectionText> = {
  testimonies: {
    label: 'Témoignages',
    singular: 'Témoignage',
    description: 'Les récits des apprenant·es et des personnels partis à l’étranger (ou accueillis). Un témoignage reste en brouillon tant que les autorisations ne sont pas vérifiées.',
    body: {
      label: 'Le récit',
      hint: `Le texte du témoignage, avec ses intertitres (Avant de partir, Sur place, Ce qui a été difficile, Mes conseils aux familles). ${NO_CODE} Une photo insérée dans le texte est enregistrée à côté du témoignage et suit l’autorisation d’image.`,
    },
    fields: {
      title: { label: 'Titre', hint: '120 caractères au plus. Ex. « Trois semaines dans une ferme laitière du Connemara ».' },
      summary: { label: 'Résumé', hint: '200 caractères au plus, pour les cartes et la recherche. Ex. « Léa, en bac pro CGEA, raconte son stage Erasmus+ en Irlande. »', multiline: true },
      quote: { label: 'Phrase marquante', hint: 'Une phrase de la personne, 180 caractères au plus, mise en avant sur la page et au kiosque. Ex. « Au bout d’une semaine, je rêvais en anglais ! »', multiline: true },
      author: { label: 'La personne qui témoigne' },
      'author.name': { label: 'Nom affiché', hint: 'Tel qu’il apparaîtra, selon l’autorisation « nom affiché » ci-dessous : le prénom seul (ex. « Léa ») dans la plupart des cas.' },
      'author.role': { label: 'Qui est-ce ?' },
      'author.track': { label: 'Filière', hint: 'Obligatoire pour un·e apprenant·e. La liste vient des filières du lycée.' },
      'author.job': { label: 'Fonction', hint: 'Obligatoire pour un membre du personnel. Ex. « Professeure de zootechnie ».' },
      'author.minor': {
        label: 'Mineur·e pendant le séjour',
        hint: 'Activez si la personne avait moins de 18 ans pendant le séjour : l’autorisation parentale signée devient alors obligatoire.',
      },
      consent: {
        label: 'Autorisations (à vérifier sur le formulaire signé)',
        hint: 'Recopiez exactement ce que dit le formulaire papier signé, conservé au lycée. Sans autorisation de publication, le témoignage reste un brouillon. En cas de doute, laissez en brouillon et demandez à la personne qui garde les formulaires.',
      },
      'consent.publication': { label: 'Publication du texte autorisée', hint: 'Le formulaire autorise la publication du témoignage sur le site. Sans elle, le témoignage ne peut pas être publié.' },
      'consent.image': {
        label: 'Photos de la personne autorisées',
        hint: 'Désactivé : aucune photo où l’on voit la personne. Les photos sans elle restent possibles : indiquez-le pour chacune (« la personne est sur la photo » désactivé).',
      },
      'consent.name': { label: 'Nom affiché autorisé', hint: 'Ce que le formulaire autorise à afficher : le prénom seul, le prénom et le nom, ou aucun nom.' },
      'consent.parental': {
        label: 'Autorisation parentale signée',
        hint: 'Obligatoire pour un·e mineur·e : activez seulement si l’autorisation des parents (ou du responsable légal) est signée et conservée au lycée.',
      },
      'consent.signed': { label: 'Date de signature', hint: 'La date écrite sur le formulaire signé.' },
      'consent.expires': {
        label: 'Fin de l’autorisation',
        hint: 'Facultatif. Si le formulaire prévoit une durée, la date de fin : après elle, le témoignage est retiré du site automatiquement.',
      },
      mobility: { label: 'Le séjour' },
      'mobility.direction': { label: 'Départ ou accueil' },
      'mobility.kind': { label: 'Type de séjour' },
      'mobility.programme': { label: 'Programme ou bourse', hint: 'Qui a financé ou organisé le séjour (ex. Erasmus+).' },
      'mobility.country': { label: 'Pays' },
      'mobility.city': { label: 'Ville', hint: 'Ex. « Galway ».' },
      'mobility.partner': { label: 'Partenaire d’accueil', hint: 'Facultatif : l’établissement ou l’entreprise qui a accueilli, s’il est dans la liste des partenaires.' },
      'mobility.start': { label: 'Début du séjour' },
      'mobility.end': { label: 'Fin du séjour' },
      worries: {
        label: 'Inquiétudes des familles auxquelles il répond',
        hint: 'Facultatif. Ex. la langue, le mal du pays : le témoignage sera proposé aux familles qui se posent ces questions.',
      },
      cover,
      coverAlt,
      coverShowsAuthor: {
        label: 'La personne est sur la photo de couverture',
        hint: 'Désactivez si on ne la voit pas (un paysage, des animaux) : c’est alors permis même sans autorisation d’image.',
      },
      gallery: { label: 'Galerie de photos', hint: 'Facultatif. Chaque photo a sa description et dit si la personne y apparaît.', summary: '{{fields.alt}}' },
      'gallery.src': { label: 'Photo', hint: 'JPEG ou PNG, enregistrée à côté du texte.' },
      'gallery.alt': { label: 'Description', hint: 'Ce que l’on voit, pour les personnes aveugles. Ex. « Trois veaux dans une étable paillée ».', multiline: true },
      'gallery.caption': { label: 'Légende', hint: 'Facultatif : le texte affiché sous la photo.' },
      'gallery.showsAuthor': { label: 'La personne est sur la photo', hint: 'Désactivez si on ne la voit pas.' },
      textPhotosWithoutAuthor: {
        label: 'Photos du récit où la personne n’apparaît pas',
        hint: 'Seulement si les photos de la personne ne sont pas autorisées : le nom de chaque photo insérée dans le récit où on ne la voit pas (ex. « oliveraie.jpg »). Sinon, laissez vide.',
      },
      featured: { label: 'Mis en avant', hint: 'Sur la page d’accueil et au kiosque des portes ouvertes.' },
      draft,
      lang,
    },
  },
  news: {
    label: 'Actualités',
    singular: 'Actualité',
    description: 'Les actions du lycée et de ses partenaires : événements, conventions, visites, financements, articles de presse.',
    body: bodyField('Le texte'),
    fields: {
      title: { label: 'Titre', hint: '120 caractères au plus. Ex. « La Région soutient les bourses de mobilité ».' },
      date: { label: 'Date de publication' },
      summary: { label: 'Résumé', hint: '200 caractères au plus, pour la liste des actualités.', multiline: true },
      kind: { label: 'Type d’actualité' },
      level: { label: 'Échelon concerné', hint: 'L’échelon de l’institution concernée : local, départemental, régional…' },
      institutions: { label: 'Institutions concernées', hint: 'Facultatif : les financeurs ou partenaires institutionnels cités.' },
      partners: { label: 'Partenaires concernés', hint: 'Facultatif : les établissements ou entreprises partenaires à l’étranger.' },
      eventDate: { label: 'Date de l’événement', hint: 'Pour un événement : le jour où il a lieu (ou son premier jour).' },
      eventEnd: { label: 'Fin de l’événement', hint: 'Facultatif : le dernier jour, s’il dure plusieurs jours.' },
      startTime: { label: 'Heure de début', hint: 'Facultatif : l’heure à laquelle l’événement commence, au format HH:MM sur 24 heures (ex. 18:00 ou 09:30). Sans heure, l’événement occupe la journée entière dans les agendas.' },
      endTime: { label: 'Heure de fin', hint: 'Facultatif : l’heure à laquelle il se termine (le dernier jour), au format HH:MM (ex. 17:30). Seulement avec une heure de début.' },
      place: { label: 'Lieu', hint: 'Facultatif. Ex. « Amphithéâtre du lycée ».' },
      address: { label: 'Adresse du lieu', hint: 'Facultatif : pour les agendas des téléphones et les moteurs de recherche. Au lycée, recopiez son adresse.' },
      'address.street': { label: 'Rue', hint: 'Facultatif. Ex. « 12 route des Vignes ».' },
      'address.postalCode': { label: 'Code postal', hint: 'Facultatif. Ex. « 41999 ».' },
      'address.city': { label: 'Commune' },
      'address.country': { label: 'Pays', hint: 'Code à deux lettres : FR pour la France (par défaut), DE pour l’Allemagne…' },
      updated: { label: 'Mise à jour', hint: 'Facultatif : le jour d’un changement important (nouvelle heure, nouveau lieu). Les agendas abonnés et les moteurs de recherche le voient.' },
      cover,
      coverAlt,
      draft,
      lang,
    },
  },
  results: {
    label: 'Résultats par année scolaire',
    singular: 'Année scolaire',
    description: 'Les chiffres de chaque année scolaire : départs et accueils, financements obtenus, soutiens officiels, objectifs.',
    fields: {
      schoolYear: { label: 'Année scolaire', hint: 'Sous la forme 2024-2025.' },
      mobilities: { label: 'Mobilités (départs et accueils)', hint: 'Une ligne par groupe parti ou accueilli, avec ou sans témoignage.', summary: '{{fields.country}} · {{fields.kind}} · {{fields.learners}} apprenant·es' },
      'mobilities.direction': { label: 'Départ ou accueil' },
      'mobilities.kind': { label: 'Type de séjour' },
      'mobilities.programme': { label: 'Programme ou bourse' },
      'mobilities.country': { label: 'Pays' },
      'mobilities.track': { label: 'Filière', hint: 'Facultatif.' },
      'mobilities.partner': { label: 'Partenaire d’accueil', hint: 'Facultatif.' },
      'mobilities.learners': { label: 'Nombre d’apprenant·es' },
      'mobilities.staff': { label: 'Nombre de personnels' },
      'mobilities.days': { label: 'Durée en jours' },
      funding: { label: 'Financements obtenus', summary: '{{fields.institution}} · {{fields.amount}} €' },
      'funding.institution': { label: 'Financeur (qui décide)', hint: 'L’institution qui accorde le financement (ex. l’Union européenne pour une bourse Erasmus+).' },
      'funding.payer': { label: 'Organisme qui verse', hint: 'Facultatif : seulement si un autre organisme verse l’argent (ex. l’Agence Erasmus+ pour l’Union européenne).' },
      'funding.amount': { label: 'Montant en euros', hint: 'Sans espace ni signe €. Ex. 15000.' },
      'funding.purpose': { label: 'Objet', hint: 'Ex. « Bourses de mobilité ».' },
      'funding.date': { label: 'Date d’attribution' },
      supports: { label: 'Soutiens officiels', summary: '{{fields.institution}} · {{fields.title}}' },
      'supports.institution': { label: 'Institution' },
      'supports.kind': { label: 'Type de soutien' },
      'supports.title': { label: 'Intitulé', hint: 'Ex. « Lettre de soutien du Président ».' },
      'supports.date': { label: 'Date' },
      objectives: { label: 'Objectifs de l’année', hint: 'Facultatif : ce que le comité a fixé pour l’année.' },
      'objectives.learners': { label: 'Apprenant·es à faire partir' },
      'objectives.funding': { label: 'Financements à obtenir (euros)' },
      'objectives.supports': { label: 'Soutiens officiels à obtenir' },
    },
  },
  partners: {
    label: 'Partenaires à l’étranger',
    singular: 'Partenaire',
    description: 'Les établissements, exploitations et entreprises qui accueillent nos apprenant·es.',
    fields: {
      name: { label: 'Nom', hint: 'Ex. « Carrowmore Agricultural College ».' },
      kind: { label: 'Type de partenaire' },
      country: { label: 'Pays' },
      city: { label: 'Ville' },
      lat: { label: 'Latitude', hint: 'Facultatif, pour la carte. Ex. 53.27 (clic droit sur une carte en ligne pour la copier).' },
      lon: { label: 'Longitude', hint: 'Facultatif, pour la carte. Ex. -9.05.' },
      website: { label: 'Site web', hint: 'Facultatif. L’adresse complète, commençant par https://' },
      since: { label: 'Partenaire depuis (année)', hint: 'Facultatif. Ex. 2019.' },
      description: { label: 'Présentation', hint: 'Facultatif : deux ou trois phrases.' },
    },
  },
  faq: {
    label: 'Questions des familles',
    singular: 'Question',
    description: 'Les réponses aux questions que se posent les familles avant un départ.',
    body: bodyField('La réponse'),
    fields: {
      question: { label: 'Question', hint: '160 caractères au plus. Ex. « Combien coûte un stage à l’étranger ? »' },
      summary: { label: 'Réponse courte', hint: 'Deux ou trois phrases (40 à 420 caractères) : affichées sur la page des familles et en tête de la réponse.', multiline: true },
      costs: { label: 'Afficher le tableau des coûts', hint: 'Activez pour montrer, après la réponse courte, le tableau des coûts, bourses et argent de poche.' },
      worry: { label: 'Inquiétude liée', hint: 'Facultatif : relie la réponse aux témoignages qui parlent de la même inquiétude.' },
      order: { label: 'Ordre d’affichage', hint: 'Les plus petits nombres d’abord (100 par défaut).' },
      lang,
      draft,
    },
  },
  pages: {
    label: 'Pages du site',
    singular: 'Page',
    description: 'Les pages fixes : familles, comment partir, contacts, mentions légales, accessibilité, données personnelles.',
    body: bodyField('Le texte de la page'),
    fields: {
      title: { label: 'Titre', hint: '120 caractères au plus.' },
      description: { label: 'Description', hint: '200 caractères au plus, pour les moteurs de recherche.', multiline: true },
      lang,
      draft,
    },
  },
  institutions: {
    label: 'Institutions et financeurs',
    singular: 'Institution',
    description: 'Les collectivités, services de l’État et organismes qui financent ou soutiennent le lycée.',
    fields: {
      id: idField('region'),
      name: { label: 'Nom', hint: 'Ex. « Région Centre-Loire ».' },
      nameEn: { label: 'Nom en anglais', hint: 'Facultatif, s’il en a un (ex. « European Union ») : pour la version anglaise du site.' },
      class: { label: 'Qui est-ce ?', hint: 'Comme les financeurs se classent eux-mêmes : commune, intercommunalité, Département, Région, État, Union européenne…' },
      level: { label: 'Échelon (ancien champ)', hidden: 'replaced by class: the schema refuses it, the editor never writes it' },
      logo: { label: 'Logo', hint: 'Facultatif. SVG ou PNG.' },
      website,
      acknowledgement: { label: 'Mention demandée par le financeur', hint: 'Facultatif. Ex. « Cofinancé par l’Union européenne », avec son emblème.' },
      'acknowledgement.emblem': { label: 'Emblème', hint: 'Facultatif : l’image qui accompagne la mention.' },
    },
  },
  tracks: {
    label: 'Filières',
    singular: 'Filière',
    description: 'Les formations du lycée.',
    fields: {
      id: idField('bac-pro-cgea'),
      name: { label: 'Nom complet' },
      short: { label: 'Nom court', hint: 'Ex. « Bac pro CGEA ».' },
    },
  },
  programmes: {
    label: 'Programmes et bourses',
    singular: 'Programme',
    description: 'Les programmes qui financent ou organisent les séjours (Erasmus+, OFAJ, bourses régionales…).',
    fields: {
      id: idField('erasmus-plus'),
      name: { label: 'Nom' },
      description: { label: 'Présentation', hint: 'Facultatif.' },
      website,
      funders: { label: 'Financeurs', hint: 'Facultatif : leur mention (ex. l’emblème européen) s’affiche sur les témoignages de ce programme.' },
    },
  },
  worries: {
    label: 'Inquiétudes des familles',
    singular: 'Inquiétude',
    description: 'Ce qui inquiète les familles avant un départ ; chaque témoignage et chaque question peut y répondre.',
    fields: {
      id: idField('homesickness'),
      name: { label: 'Nom', hint: 'Ex. « Le mal du pays ».' },
      question: { label: 'La question des familles', hint: 'Ex. « Et s’il a le mal du pays ? »' },
    },
  },
  glossary: {
    label: 'Sigles expliqués aux familles',
    singular: 'Sigle',
    description:
      'Les sigles du lycée (BTSA, CAPA, EPLEFPA…) : chacun est écrit en toutes lettres, entre parenthèses, la première fois qu’il apparaît dans une page, et la page « Glossaire » les reprend tous.',
    fields: {
      id: idField('btsa'),
      term: { label: 'Sigle', hint: 'Tel qu’il est écrit dans les textes : majuscules sans accent et chiffres, sans point, ex. « BTSA ».' },
      expansion: { label: 'En toutes lettres', hint: 'Ce que veut dire le sigle, sans majuscule au début sauf pour un nom propre, ex. « brevet de technicien supérieur agricole ».' },
      explanation: { label: 'Explication pour les familles', hint: 'Facultatif. Une phrase simple, montrée sur la page « Glossaire », ex. « Un diplôme en deux ans après le baccalauréat. »' },
      'explanation.fr': { ...LANGUAGE_PARTS.fr, multiline: true },
      'explanation.en': { ...LANGUAGE_PARTS.en, multiline: true },
    },
  },
  settings: {
    label: 'Réglages du site',
    singular: 'Réglages',
    description: 'Le lycée, les contacts, les mentions légales.',
    fields: {
      school: { label: 'Le lycée' },
      'school.name': { label: 'Nom', hint: 'Ex. « Lycée agricole des Coteaux ».' },
      'school.shortName': { label: 'Nom court', hint: 'Ex. « Lycée des Coteaux ».' },
      'school.legalName': { label: 'Nom officiel', hint: 'Ex. « EPLEFPA de Valbonne-sur-Loire ».' },
      'school.address': { label: 'Adresse' },
      'school.address.street': { label: 'Rue' },
      'school.address.postalCode': { label: 'Code postal' },
      'school.address.city': { label: 'Commune' },
      'school.phone': { label: 'Téléphone' },
      'school.email': { label: 'Adresse e-mail' },
      'school.website': { label: 'Site web du lycée', hint: 'Facultatif, commençant par https://' },
      'school.logo': { label: 'Logo', hint: 'Facultatif. SVG ou PNG.' },
      siteUrl: { label: 'Adresse du site', hint: 'L’adresse publique de ce site, commençant par https://' },
      locales: { label: 'Langues du site' },
      contacts: { label: 'Contacts pour les familles et les partenaires', hint: 'Les responsables de la coopération internationale.', summary: '{{fields.name}}' },
      'contacts.name': { label: 'Nom' },
      'contacts.role': { label: 'Fonction' },
      'contacts.email': { label: 'Adresse e-mail', hint: 'Facultatif. Elle sera publiée sur le site.' },
      'contacts.phone': { label: 'Téléphone', hint: 'Facultatif. Il sera publié sur le site.' },
      dataProtectionOfficer: { label: 'Délégué·e à la protection des données' },
      'dataProtectionOfficer.name': { label: 'Nom' },
      'dataProtectionOfficer.email': { label: 'Adresse e-mail' },
      'dataProtectionOfficer.address': { label: 'Adresse postale', hint: 'Facultatif.' },
      publicationDirector: { label: 'Directeur ou directrice de la publication' },
      'publicationDirector.name': { label: 'Nom' },
      'publicationDirector.role': { label: 'Fonction' },
      host: { label: 'Hébergeur du site' },
      'host.name': { label: 'Nom' },
      'host.address': { label: 'Adresse' },
      'host.phone': { label: 'Téléphone', hint: 'Facultatif.' },
      'host.website': { label: 'Site web', hint: 'Facultatif.' },
      kiosk: { label: 'Kiosque des portes ouvertes', hint: 'Facultatif : chaque réglage a une valeur par défaut (voir docs/kiosk.md).' },
      'kiosk.idleSeconds': { label: 'Secondes sans contact avant l’avertissement', hint: '90 par défaut.' },
      'kiosk.warningSeconds': { label: 'Durée de l’avertissement (secondes)', hint: '20 par défaut.' },
      'kiosk.stories': {
        label: 'Témoignages du diaporama',
        hidden: 'either the word featured or a list of ids: the editor has no widget for a choice of two types; the file keeps its value',
      },
      'kiosk.slideMinSeconds': { label: 'Durée minimale d’une diapositive (secondes)', hint: '8 par défaut.' },
      'kiosk.slideMaxSeconds': { label: 'Durée maximale d’une diapositive (secondes)', hint: '20 par défaut.' },
      'kiosk.readingWordsPerMinute': { label: 'Vitesse de lecture (mots par minute)', hint: '150 par défaut.' },
    },
  },
};

/** The label of a field path, `fr`/`en` parts of a bilingual text included; undefined when missing. */
export function fieldText(collection: EditorCollection, path: string): FieldText | undefined {
  const own = COLLECTION_TEXTS[collection].fields[path];
  if (own) return own;
  const last = path.split('.').at(-1) ?? '';
  return path.includes('.') ? LANGUAGE_PARTS[last] : undefined;
}
