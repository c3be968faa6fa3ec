import { detectLanguage } from './language-detection';

describe('detectLanguage', () => {
  it.each([
    ['Franchement déçu par le service client, trois appels et aucune réponse', 'fr'],
    ['Really disappointed with customer service, three calls and no answer', 'en'],
    ['El tren llegó con dos horas de retraso y nadie nos dio explicaciones', 'other'],
    ['Der Zug hatte schon wieder eine Stunde Verspätung, echt ärgerlich', 'other'],
    ['Il treno è stato cancellato senza preavviso, una vergogna', 'other'],
    ['O comboio atrasou mais de uma hora outra vez, que vergonha', 'other'],
  ] as const)('«%s» is %s', (text, language) => {
    const detection = detectLanguage(text);
    expect(detection.language).toBe(language);
    expect(detection.confidence).toBeGreaterThan(0);
    expect(detection.confidence).toBeLessThanOrEqual(1);
  });

  // On the raw texts below, tinyld answers German and Norwegian.
  it('is not fooled by English hashtags and handles around French words', () => {
    const text =
      '#WorstServiceEver #NeverAgain #CustomerCare @HarborBankHelp remboursement toujours pas reçu';
    expect(detectLanguage(text).language).toBe('fr');
  });

  it('is not fooled by French handles and hashtags around English words', () => {
    const text = '@ServiceClientAurore #JamaisPlusJamais #ServiceClientNul still waiting for my refund';
    expect(detectLanguage(text).language).toBe('en');
  });

  it('is not fooled by emoji and hashtags around a single word', () => {
    expect(detectLanguage('Top 😍😍😍 #LoveIt #BestDayEver #amazing')).toEqual({
      language: 'unknown',
      confidence: 0,
    });
  });

  it.each(['nul', 'top 👍', '😡😡😡', '@RailVia https://railvia.fr/info #retard', 'ok merci', ''])(
    'answers unknown with no confidence for too little prose: «%s»',
    (text) => {
      expect(detectLanguage(text)).toEqual({ language: 'unknown', confidence: 0 });
    },
  );

  it('reads only the first characters of a very long text', () => {
    const text = `${'Le service client est vraiment très lent. '.repeat(60)}${'The end is written in English. '.repeat(200)}`;
    expect(detectLanguage(text).language).toBe('fr');
  });
});
