import { Network, PostStatus } from '@relais/contracts';
import { DemoCampaign, DemoPost } from './demo-posts';

/**
 * What the demo brands post, over the current month (days 0–27) and the next (days 30–55), and one post
 * each due a few minutes after the seed runs. New posts go at the end of a brand's list: a post's place
 * in it is its key, which keeps a second run from writing it again.
 */
export const DEMO_POSTS: Record<
  'maisonVerdure' | 'brooklynRoasters',
  { campaign: DemoCampaign; posts: DemoPost[] }
> = {
  maisonVerdure: {
    campaign: { name: 'Semaine des semis', color: '#2f9e44' },
    posts: [
      {
        title: 'Les tomates anciennes',
        baseText:
          'Cœur de bœuf, Noire de Crimée, Green Zebra : nos plants de tomates anciennes arrivent en boutique. #MaisonVerdure #jardin',
        day: 2,
        time: '09:30',
        status: PostStatus.Scheduled,
      },
      {
        title: 'Atelier rempotage',
        baseText:
          'Samedi, atelier rempotage au jardin : apportez vos plantes fatiguées, on s’occupe du terreau. #MaisonVerdure',
        linkUrl: 'https://maison-verdure.example/ateliers',
        day: 6,
        time: '18:00',
        status: PostStatus.Scheduled,
      },
      {
        title: 'Semis de printemps',
        baseText:
          'Radis, laitues, capucines : le calendrier des semis du mois est en ligne. #MaisonVerdure #semis',
        linkUrl: 'https://maison-verdure.example/semis',
        day: 10,
        time: '08:45',
        status: PostStatus.Scheduled,
        inCampaign: true,
      },
      {
        title: 'Coulisses de la pépinière',
        baseText: 'Dans les coulisses de la pépinière, six mains et deux mille godets. #MaisonVerdure',
        day: 14,
        time: '12:30',
        status: PostStatus.Approved,
        inCampaign: true,
        variants: [
          {
            network: Network.Mastodon,
            text: 'Dans les coulisses de la pépinière : six mains, deux mille godets et beaucoup de café. Fil en images ⬇️ #MaisonVerdure #jardinage',
          },
        ],
      },
      {
        title: 'Conseil arrosage',
        baseText:
          'Arroser le soir plutôt que le matin ? Notre jardinière en chef répond, et la réponse va vous surprendre. #MaisonVerdure',
        day: 19,
        time: '17:15',
        status: PostStatus.Scheduled,
        inCampaign: true,
      },
      {
        title: 'Graines de saison',
        baseText: 'Nouvelle collection de graines bio, récoltées chez nos voisins maraîchers. #MaisonVerdure',
        day: 24,
        time: '10:00',
        status: PostStatus.Draft,
      },
      {
        title: 'Fête des jardins',
        baseText:
          'Le mois prochain, on ouvre le jardin pour la fête des jardins : visites, troc de boutures et goûter. #MaisonVerdure',
        linkUrl: 'https://maison-verdure.example/fete',
        day: 34,
        time: '11:00',
        status: PostStatus.Approved,
      },
      {
        title: 'Herbier de juin',
        baseText:
          'L’herbier du mois : la bourrache, ses fleurs bleues et ses abeilles fidèles. #MaisonVerdure',
        day: 41,
        time: '09:00',
        status: PostStatus.Draft,
        variants: [
          {
            network: Network.Bluesky,
            text: 'L’herbier du mois : la bourrache 💙 #MaisonVerdure',
          },
        ],
      },
      {
        title: 'Les semis sortent de terre',
        baseText:
          'Les semis de la saison pointent le bout de leurs feuilles dans la serre : venez les voir au jardin cette semaine. #MaisonVerdure #semis',
        soon: true,
        status: PostStatus.Scheduled,
        networks: [Network.Mastodon, Network.Bluesky],
      },
    ],
  },
  brooklynRoasters: {
    campaign: { name: 'Cold Brew Season', color: '#e8590c' },
    posts: [
      {
        title: 'New single origin',
        baseText:
          'Just landed: a washed Ethiopian from Guji. Jasmine, bergamot, a finish like black tea. #BrooklynRoasters',
        day: 3,
        time: '07:30',
        status: PostStatus.Scheduled,
      },
      {
        title: 'Roast day',
        baseText: 'Roast day. The whole block smells like caramel and we are not sorry. #BrooklynRoasters',
        day: 8,
        time: '08:00',
        status: PostStatus.Scheduled,
      },
      {
        title: 'Cold brew is back',
        baseText:
          'Cold brew is back on tap. Steeped 18 hours, served cold, no shortcuts. #BrooklynRoasters #ColdBrew',
        linkUrl: 'https://brooklyn-roasters.example/cold-brew',
        day: 12,
        time: '11:00',
        status: PostStatus.Scheduled,
        inCampaign: true,
      },
      {
        title: 'Brew guide: V60',
        baseText:
          'Our V60 recipe: 15 g coffee, 250 g water at 94°C, a 45 s bloom. Full guide on the site. #BrooklynRoasters',
        linkUrl: 'https://brooklyn-roasters.example/guides/v60',
        day: 16,
        time: '09:00',
        status: PostStatus.Approved,
        inCampaign: true,
      },
      {
        title: 'Meet the roasters',
        baseText:
          'Meet Ana, who has roasted every batch since 2019 and still tastes each one. #BrooklynRoasters',
        day: 21,
        time: '15:30',
        status: PostStatus.Draft,
        variants: [
          {
            network: Network.Mastodon,
            text: 'Meet Ana: head roaster since 2019, tastes every batch, keeps a notebook for each one. Ask her anything below. #BrooklynRoasters #coffee',
          },
        ],
      },
      {
        title: 'Cold brew at home',
        baseText:
          'Cold brew at home: coarse grind, 1:8 ratio, 16 hours in the fridge. That is it. #BrooklynRoasters #ColdBrew',
        day: 33,
        time: '10:00',
        status: PostStatus.Scheduled,
        inCampaign: true,
      },
      {
        title: 'Summer hours',
        baseText: 'Summer hours start next week: open until 8 pm, Thursday to Sunday. #BrooklynRoasters',
        day: 38,
        time: '12:00',
        status: PostStatus.Draft,
      },
      {
        title: 'Old latte art contest',
        baseText: 'Latte art throwdown this Friday. Bring your best tulip. #BrooklynRoasters',
        day: 46,
        time: '18:00',
        status: PostStatus.Archived,
      },
      {
        // Its Bluesky account waits for a reconnection in the demo: this one goes out on Mastodon.
        title: 'Fresh out of the roaster',
        baseText:
          'A fresh batch of our Guji just came out of the roaster. Bags hit the shelf within the hour. #BrooklynRoasters',
        soon: true,
        status: PostStatus.Scheduled,
        networks: [Network.Mastodon],
      },
    ],
  },
};
