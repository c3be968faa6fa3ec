export enum Locale {
  Fr = 'fr',
  En = 'en',
}
