// Realistic French story text for the benchmark, assembled from paragraph templates in the four
// sections the staff template suggests. {placeholders} are filled per story.
import { pick, sample } from './random.mjs';

const before = [
  "Quand {referent} a présenté les mobilités à {ville} en classe, j'ai levé la main sans trop réfléchir. Le soir, à la maison, j'ai eu un peu peur. Je n'étais jamais parti{e} aussi loin, et je ne savais pas si j'allais comprendre ce qu'on me dirait. Mes parents voulaient savoir qui s'occuperait de moi, où je dormirais et comment on ferait pour se parler pendant {duree}.",
  "La réunion d'information de janvier nous a beaucoup aidés. On a vu des photos de {partenaire}, on a eu les numéros utiles, et les élèves partis l'année d'avant ont répondu à nos questions. Le lycée a tout organisé : le transport, l'assurance, la carte européenne d'assurance maladie à demander à la CPAM. La bourse {programme} a payé le voyage et l'hébergement.",
  "Avant le départ, nous avons eu trois séances de préparation avec la professeure d'anglais : vocabulaire du métier, petites phrases pour se présenter, et même un jeu de rôle pour appeler un taxi. J'ai aussi regardé des vidéos sur {pays} et sur la région de {ville}, pour savoir à quoi m'attendre en arrivant.",
  "Le plus long, ça a été les papiers : l'autorisation de sortie du territoire, la photocopie du passeport, la fiche sanitaire et la convention de stage signée par tout le monde. {referent} nous a donné une liste à cocher, et au bout de deux semaines tout était prêt. Je conseille de ne pas attendre la dernière minute.",
  "J'avais choisi cette mobilité parce que je voulais voir comment on travaille ailleurs dans ma filière, {filiere}. Chez nous, on parle souvent de ce qui se fait à l'étranger, mais on ne le voit jamais. Là, j'allais passer {duree} dans {partenaire}, avec de vrais professionnels.",
  "Ma famille n'était pas rassurée au début. Mon père trouvait que {duree}, c'était long, et ma mère avait peur que je sois malade loin de la maison. Ce qui les a convaincus, c'est la rencontre avec l'équipe du lycée et la promesse d'un appel vidéo chaque semaine avec {referent}.",
];

const onSite = [
  "Mes journées commençaient tôt : à sept heures, j'étais déjà au travail avec l'équipe de {partenaire}. Le matin, on faisait les tâches de routine, et l'après-midi on m'apprenait quelque chose de nouveau. Le soir, on mangeait tous ensemble, et j'en profitais pour poser des questions sur la vie à {ville}.",
  "Ce qui m'a le plus étonné{e}, c'est l'organisation du travail. Ici, chacun sait exactement ce qu'il doit faire, et on prend le temps d'expliquer aux stagiaires. J'ai appris des gestes que je n'avais jamais vus au lycée, et on m'a fait confiance très vite pour les faire seul{e}.",
  "Le week-end, nous avons visité la région avec les autres stagiaires : un marché, un musée, une balade au bord de l'eau. {ville} est une ville agréable, où l'on se déplace facilement à vélo. J'ai goûté des plats que je ne connaissais pas, et je rapporte quelques recettes à ma famille.",
  "Les collègues étaient très accueillants. Au début, je comprenais à peine la moitié de ce qu'ils disaient, mais ils répétaient avec patience et me montraient les choses en même temps. À la fin de la première semaine, je participais aux réunions du matin, et à la fin du séjour je plaisantais avec eux.",
  "Nous avions un carnet de bord à remplir chaque soir pour le lycée : ce qu'on avait fait, ce qu'on avait appris, les mots nouveaux. Au début je trouvais ça pénible, mais en le relisant à la fin, j'ai vu tout le chemin parcouru en {duree}. Ce carnet m'a beaucoup servi pour préparer mon oral.",
  "Le travail n'était pas toujours facile : il faisait parfois froid, parfois très chaud, et certaines journées étaient longues. Mais je n'ai jamais été laissé{e} seul{e} face à une difficulté. Mon tuteur sur place passait me voir chaque jour pour savoir si tout allait bien.",
];

const hard = [
  "La langue, les premiers jours : l'accent n'est pas celui des manuels ! Je demandais de répéter trois fois. J'ai noté les mots du métier dans un carnet, et mes collègues ont pris l'habitude de me montrer les choses en les disant. Au bout d'une semaine, je comprenais presque tout.",
  "Le plus dur, ça a été le mal du pays, vers le quatrième soir. J'étais fatigué{e}, il pleuvait, et j'ai pleuré au téléphone avec ma mère. J'en ai parlé à {referent} lors de l'appel prévu chaque semaine. On m'a conseillé d'appeler la maison une fois par jour, à heure fixe, plutôt que sans arrêt : ça a marché.",
  "J'ai eu un petit souci de santé pendant la deuxième semaine : une forte fièvre. La famille d'accueil m'a emmené{e} chez le médecin, et grâce à la carte européenne d'assurance maladie je n'ai presque rien avancé. Le lycée a été prévenu tout de suite et a appelé mes parents pour les rassurer.",
  "L'argent m'inquiétait : je n'avais jamais géré un budget seul{e}. Avec la bourse, le logement et les repas du midi étaient payés ; il restait les sorties et les petites courses. J'ai noté mes dépenses chaque soir, et j'ai fini le séjour avec un peu d'argent de côté.",
  "La nourriture m'a surpris{e} : les horaires des repas ne sont pas les mêmes qu'en France, et le dîner arrive très tôt. Les premiers jours j'avais faim à des heures bizarres. J'ai fini par m'habituer, et j'ai même appris à cuisiner deux plats locaux avec la famille.",
  "Au début, je n'osais pas parler, de peur de faire des fautes. Mon tuteur m'a dit que tout le monde en faisait et que l'important était de se faire comprendre. À partir de là, j'ai arrêté d'avoir honte, et les progrès sont venus très vite.",
];

const advice = [
  "Laissez partir vos enfants, même s'ils sont jeunes. On n'est jamais seul : il y a la structure d'accueil, le professeur référent et le numéro d'urgence du lycée qui répond jour et nuit. Mettez-vous d'accord sur un moment fixe pour vous appeler, et faites confiance à l'équipe.",
  "Aux familles qui hésitent : venez à la réunion d'information et posez toutes vos questions. Le lycée prépare tout, et les élèves partis avant nous sont là pour raconter. Pour moi, ces {duree} à {ville} ont changé ma façon de voir mon métier et mon avenir.",
  "Mon conseil : préparez la valise ensemble, avec la liste du lycée, et n'oubliez pas un adaptateur pour les prises. Prévoyez un peu d'argent de poche, mais pas trop : l'essentiel est payé par la bourse {programme}. Et encouragez votre enfant à tenir son carnet de bord.",
  "Je dirais aux parents que ce séjour m'a rendu{e} plus autonome et plus sûr{e} de moi. Je sais maintenant prendre un train seul{e}, demander mon chemin dans une autre langue et m'adapter à une nouvelle équipe. Ce sont des choses qu'on n'apprend pas en classe.",
  "Si votre enfant a peur de ne pas comprendre la langue, rassurez-le : moi aussi j'avais peur, et tout s'est bien passé. Les gens sont patients avec les stagiaires, et on apprend beaucoup plus vite sur place qu'en cours. Le plus difficile, c'est de se décider à partir.",
];

export const sections = [
  ['Avant de partir', before],
  ['Sur place', onSite],
  ["Ce qui a été difficile et comment je m'en suis sorti{e}", hard],
  ['Mes conseils aux familles', advice],
];

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '');

const words = (text) => text.split(/\s+/).filter(Boolean).length;

/**
 * The body of a story: the four sections, one to three paragraphs each, until the target length
 * (400 to 700 words, drawn by the caller) is reached.
 */
export function storyBody(r, values, targetWords) {
  const chosen = sections.map(([title, pool]) => ({ title: fill(title, values), paragraphs: sample(r, pool, pool.length) }));
  const used = chosen.map((s) => [s.paragraphs.shift()]);
  let count = used.flat().reduce((n, p) => n + words(fill(p, values)), 0);
  // Add paragraphs round-robin until the target is reached (each section keeps at most 3).
  for (let round = 0; round < 2 && count < targetWords; round++) {
    for (let i = 0; i < chosen.length && count < targetWords; i++) {
      const next = chosen[i].paragraphs.shift();
      if (!next) continue;
      used[i].push(next);
      count += words(fill(next, values));
    }
  }
  const body = chosen.map((s, i) => `## ${s.title}\n\n${used[i].map((p) => fill(p, values)).join('\n\n')}`).join('\n\n');
  return { body, words: words(body.replace(/^## .*$/gm, '')) };
}

export const firstNames = {
  f: ['Léa', 'Manon', 'Camille', 'Inès', 'Chloé', 'Jade', 'Louise', 'Emma', 'Zoé', 'Romane', 'Lina', 'Clara', 'Océane', 'Maëlys', 'Anaïs', 'Pauline', 'Sarah', 'Lucie', 'Aïcha', 'Elsa'],
  m: ['Lucas', 'Hugo', 'Thomas', 'Yanis', 'Baptiste', 'Nathan', 'Enzo', 'Théo', 'Mathis', 'Louis', 'Jules', 'Noah', 'Adam', 'Maxime', 'Romain', 'Kylian', 'Mehdi', 'Antoine', 'Quentin', 'Axel'],
};

export const staffJobs = [
  ['Professeure de zootechnie', 'f'],
  ["Professeur d'agronomie", 'm'],
  ["Professeure d'anglais", 'f'],
  ['Professeur de viticulture', 'm'],
  ["Conseillère principale d'éducation", 'f'],
  ["Directeur de l'exploitation agricole du lycée", 'm'],
  ['Professeure de biologie-écologie', 'f'],
  ['Professeur de machinisme agricole', 'm'],
];

export const referents = ['Mme Marchal', 'M. Benhaddou', 'notre professeure référente', 'notre professeur principal', "l'équipe de la coopération internationale"];

export const coverAlts = {
  pasture: "Illustration : une prairie vallonnée au soleil, des vaches noires et blanches devant une maison blanche et une rangée d'arbres.",
  vineyard: 'Illustration : des rangs de vigne sur une colline, une maison aux tuiles orangées et un ciel clair.',
  greenhouse: 'Illustration : quatre serres en arceau alignées sur un terrain plat, avec des rangées de plants verts à l’intérieur.',
  town: 'Illustration : une rue bordée de façades colorées, quelques arbres et une route grise au premier plan.',
  lake: 'Illustration : un lac au pied de collines, une barque en bois près de la rive et des arbres sombres.',
};

export const captions = [
  'Le lieu de stage, vu depuis le chemin du matin.',
  'Une journée de travail avec l’équipe.',
  'La promenade du dimanche avec la famille d’accueil.',
  'Le paysage autour de la ville, le dernier week-end.',
];

export { pick };
