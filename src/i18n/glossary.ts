/** Interface strings of the glossary (/glossaire/, /en/glossary/). Keys are prefixed; `en` must have every key of `fr`. */
export const fr = {
  'glossary.title': 'Glossaire : les sigles du lycée',
  'glossary.footer': 'Glossaire des sigles',
  'glossary.lead': 'BTSA, CAPA, EPLEFPA, DRAAF… Les sigles que vous lirez sur ce site, écrits en toutes lettres et expliqués simplement.',
  'glossary.empty': 'Aucun sigle n’est encore expliqué ici.',
};

export const en: Record<keyof typeof fr, string> = {
  'glossary.title': 'Glossary: the school’s acronyms',
  'glossary.footer': 'Glossary of acronyms',
  'glossary.lead': 'BTSA, CAPA, EPLEFPA, DRAAF… The French acronyms you will read on this site, spelled out and explained in plain words.',
  'glossary.empty': 'No acronym is explained here yet.',
};
