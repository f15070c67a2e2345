import type { SensitivePreset } from './preset.js';

export const abuseAndViolence: SensitivePreset = {
  id: 'abuse-and-violence',
  title: 'Domestic abuse, sexual violence and stalking',
  reason: 'A visit shows that a person may be experiencing abuse or violence; an abuser watching the same ad account or device can learn of it, and victims are put at risk.',
  source: 'GOV.UK "Exit this page" component guidance (services for people at risk); Women\'s Aid and Refuge safety advice; ICO guidance on special category data.',
  routes: ['/domestic-abuse/**', '/domestic-violence/**', '/report/domestic-abuse/**', '/sexual-assault/**', '/rape/**', '/stalking/**', '/harassment/**', '/forced-marriage/**', '/honour-based-abuse/**', '/fgm/**'],
  keywords: ['domestic abuse', 'domestic violence', 'sexual assault', 'sexual offence', 'sexual violence', 'rape', 'stalking', 'harassment', 'coercive control', 'forced marriage', 'honour-based abuse', 'female genital mutilation', 'are you in danger', 'abusive relationship'],
};
