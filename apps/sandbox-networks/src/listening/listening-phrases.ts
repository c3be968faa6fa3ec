import { Sentiment } from './listening-item';

/** What a generated text is: it sets the tone and the shape of the sentence. */
export type Intent = 'praise' | 'question' | 'complaint' | 'suggestion' | 'remark' | 'spam';

export const INTENT_SENTIMENT: Readonly<Record<Intent, Sentiment>> = {
  praise: 'positive',
  question: 'neutral',
  complaint: 'negative',
  suggestion: 'neutral',
  remark: 'neutral',
  spam: 'neutral',
};

/** `{who}` is the brand as named (an @handle or a keyword), `{thing}` something it sells or does. */
export interface PhraseBook {
  openers: readonly string[];
  bodies: Readonly<Record<Intent, readonly string[]>>;
  closers: readonly string[];
  things: readonly string[];
}

const en: PhraseBook = {
  openers: [
    '',
    '',
    '',
    'Honestly,',
    'Ok so',
    'Quick one:',
    'Update:',
    'Hey',
    'Day 3:',
    'PSA:',
    'Well.',
    'Just saying,',
  ],
  bodies: {
    praise: [
      'loving the new {thing} from {who}',
      '{who} nailed it with the {thing}',
      'the {thing} by {who} is exactly what I needed',
      'best customer service ever, thanks {who}',
      'can we talk about how good the {thing} is? {who}',
      'three weeks in and the {thing} still works like a charm, {who}',
      '{who} you made my day, the {thing} arrived early',
      'not a single complaint about the {thing}, well done {who}',
    ],
    question: [
      '{who} when is the {thing} back in stock?',
      'does anyone know if the {thing} from {who} ships to Canada?',
      '{who} is the {thing} compatible with the old model?',
      'how do I return a {thing}? asking {who}',
      '{who} any news about the {thing} update?',
      'is it just me or is the {thing} from {who} hard to find?',
      '{who} do you have a student discount on the {thing}?',
    ],
    complaint: [
      '{who} my {thing} broke after two days, not happy',
      'still waiting for my refund {who}, three weeks now',
      '{who} the {thing} is not worth the price, never again',
      'worst support experience ever with {who}',
      "{who} your app doesn't even load the {thing} page",
      "I can't believe {who} cancelled my order without telling me",
      '{who} the {thing} is not what the ad showed',
      'so disappointed in {who}, the {thing} is a mess',
    ],
    suggestion: [
      '{who} you should make the {thing} in green',
      'idea for {who}: a refill pack for the {thing}',
      '{who} please add dark mode to the {thing} app',
      'would love a smaller {thing}, {who} hear me out',
      '{who} a loyalty programme would be nice',
    ],
    remark: [
      'saw the {thing} from {who} at the station today',
      '{who} posted about the {thing} again',
      'my sister bought the {thing} by {who}',
      'the {thing} from {who} is on sale this week',
      'comparing the {thing} by {who} with the others',
      '{who} opened a shop near my office',
    ],
    spam: [
      'FREE {thing} giveaway!!! click {link}',
      'earn 500$/day working from home, {who} fans DM me {link}',
      'cheap {thing} replicas here {link}',
      'follow for follow, {who} lovers {link}',
    ],
  },
  closers: [
    '',
    '',
    '',
    'Thanks!',
    'Anyone else?',
    'Seriously.',
    'lol',
    'Just my 2 cents.',
    'Fingers crossed.',
  ],
  things: [
    'delivery',
    'new collection',
    'app',
    'starter kit',
    'subscription',
    'summer range',
    'gift box',
    'update',
  ],
};

const fr: PhraseBook = {
  openers: [
    '',
    '',
    '',
    'Franchement,',
    'Bon.',
    'Petite question :',
    'Alors',
    'Coucou',
    'Info :',
    'Sérieux,',
    'Bref,',
  ],
  bodies: {
    praise: [
      "j'adore le nouveau {thing} de {who}",
      '{who} bravo pour le {thing}, au top',
      'le {thing} de {who} est exactement ce qu’il me fallait',
      'service client impeccable, merci {who}',
      'trois semaines et le {thing} marche toujours parfaitement {who}',
      '{who} vous avez illuminé ma journée, le {thing} est arrivé en avance',
      'rien à redire sur le {thing}, bien joué {who}',
    ],
    question: [
      '{who} quand est-ce que le {thing} revient en stock ?',
      'quelqu’un sait si {who} livre le {thing} en Belgique ?',
      '{who} le {thing} est compatible avec l’ancien modèle ?',
      'comment on retourne un {thing} ? je demande à {who}',
      '{who} des nouvelles de la mise à jour du {thing} ?',
      '{who} il y a une réduction étudiante sur le {thing} ?',
    ],
    complaint: [
      '{who} mon {thing} est cassé après deux jours, pas content du tout',
      'toujours pas remboursé {who}, ça fait trois semaines',
      '{who} le {thing} ne vaut pas son prix, plus jamais',
      'pire expérience de SAV avec {who}',
      "{who} votre appli n'affiche même pas la page du {thing}",
      '{who} commande annulée sans prévenir, inadmissible',
      "franchement déçu par {who}, le {thing} n'est pas terrible",
      '{who} le {thing} ne ressemble pas du tout à la pub',
    ],
    suggestion: [
      '{who} vous devriez faire le {thing} en vert',
      'idée pour {who} : une recharge pour le {thing}',
      '{who} ajoutez un mode sombre à l’appli svp',
      'un {thing} plus petit ce serait top {who}',
      '{who} un programme de fidélité serait le bienvenu',
    ],
    remark: [
      'vu le {thing} de {who} à la gare ce matin',
      '{who} a encore parlé du {thing}',
      'ma sœur a acheté le {thing} de {who}',
      'le {thing} de {who} est en promo cette semaine',
      '{who} ouvre une boutique près de chez moi',
    ],
    spam: [
      '{thing} GRATUIT à gagner !!! clique ici {link}',
      'gagne 500€/jour depuis chez toi, fans de {who} écrivez-moi {link}',
      'copies de {thing} pas chères {link}',
    ],
  },
  closers: [
    '',
    '',
    '',
    'Merci !',
    "Quelqu'un d'autre ?",
    'Sérieusement.',
    'mdr',
    'Voilà voilà.',
    'On croise les doigts.',
  ],
  things: [
    'livraison',
    'nouvelle collection',
    'appli',
    'coffret',
    'abonnement',
    'gamme été',
    'produit',
    'mise à jour',
  ],
};

/** A few sentences in other languages (about 5 % of generated texts). */
export const OTHER_LANGUAGES: Readonly<Record<string, Readonly<Record<Sentiment, readonly string[]>>>> = {
  de: {
    positive: ['{who} das neue Produkt ist super', 'Danke {who}, schnelle Lieferung!'],
    neutral: ['{who} gibt es das auch in Blau?', 'Hat jemand Erfahrung mit {who}?'],
    negative: ['{who} meine Bestellung ist immer noch nicht da', '{who} leider nicht zufrieden'],
  },
  es: {
    positive: ['¡Me encanta lo nuevo de {who}!', 'Gracias {who}, todo perfecto'],
    neutral: ['{who} ¿hacen envíos a México?', '¿Alguien probó lo de {who}?'],
    negative: ['{who} mi pedido llegó roto', 'Muy decepcionado con {who}'],
  },
  it: {
    positive: ['{who} prodotto fantastico!', 'Grazie {who}, consegna velocissima'],
    neutral: ['{who} spedite in Svizzera?', 'Qualcuno ha provato {who}?'],
    negative: ['{who} il mio ordine non è mai arrivato', 'Pessimo servizio {who}'],
  },
  pt: {
    positive: ['Adorei o novo produto da {who}!', 'Obrigado {who}, chegou rápido'],
    neutral: ['{who} vocês entregam em Lisboa?', 'Alguém já comprou na {who}?'],
    negative: ['{who} meu pedido veio errado', 'Muito chateado com {who}'],
  },
};

export const PHRASE_BOOKS: Readonly<Record<'en' | 'fr', PhraseBook>> = { en, fr };

export const EMOJI: Readonly<Record<Sentiment, readonly string[]>> = {
  positive: ['😍', '🙌', '👏', '❤️', '✨', '🔥', '😊', '💯'],
  neutral: ['🤔', '👀', '🙂', '📦', '🤷'],
  negative: ['😡', '😤', '👎', '😞', '🙄', '💔', '😠'],
};

export const SPAM_LINKS = [
  'https://bit.ly/fr33-g1ft',
  'https://promo-deals.example/win',
  'https://tinyurl.com/cheap-stuff',
];

export const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Hugo',
  'Lucas',
  'Chloé',
  'Emma',
  'Nathan',
  'Manon',
  'Jules',
  'Inès',
  'Louis',
  'Sarah',
  'Thomas',
  'Julie',
  'Alex',
  'Sam',
  'Olivia',
  'Noah',
  'Mia',
  'Ethan',
  'Grace',
  'Liam',
  'Zoé',
  'Yanis',
  'Amira',
  'Karim',
  'Sofia',
  'Mateo',
  'Anna',
  'Ben',
  'Clara',
  'David',
];

export const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Durand',
  'Lefebvre',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Garcia',
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Wilson',
  'Nguyen',
  'Rossi',
  'Müller',
  'Costa',
  'Haddad',
];
