import { describe, expect, it } from 'vitest';
import {
  matchTrackerUrl,
  trackerForGtmTagType,
  trackerForGtmTemplate,
  trackerForId,
  trackerForPackage,
} from '../src/trackers/catalogue.js';

describe('tracker catalogue lookups', () => {
  it('maps built-in GTM tag types to trackers', () => {
    expect(trackerForGtmTagType('awct')?.id).toBe('google-ads');
    expect(trackerForGtmTagType('gaawe')?.id).toBe('google-analytics');
    expect(trackerForGtmTagType('hjtc')?.id).toBe('hotjar');
    expect(trackerForGtmTagType('html')).toBeUndefined();
  });

  it('maps gallery templates by owner/repository, ignoring case', () => {
    expect(trackerForGtmTemplate('stape-io/facebook-tag')?.id).toBe('meta-conversions-api');
    expect(trackerForGtmTemplate('FacebookArchive/GoogleTagManager-WebTemplate-For-FacebookPixel')?.id).toBe('meta-pixel');
    expect(trackerForGtmTemplate('tiktok/gtm-template-eapi')?.id).toBe('tiktok-events-api');
    expect(trackerForGtmTemplate('stape-io/unique-event-id-variable')).toBeUndefined();
  });

  it('maps npm packages, globs and subpaths to trackers', () => {
    expect(trackerForPackage('react-facebook-pixel')?.tracker.id).toBe('meta-pixel');
    expect(trackerForPackage('gatsby-plugin-acme-meta-pixel')?.tracker.id).toBe('meta-pixel');
    expect(trackerForPackage('@hotjar/browser')?.tracker.id).toBe('hotjar');
    expect(trackerForPackage('logrocket/dist/build.umd')?.tracker.id).toBe('logrocket');
    expect(trackerForPackage('react-facebook-pixel-types')).toBeUndefined();
    expect(trackerForPackage('./pixel')).toBeUndefined();
  });

  it('attributes ids by their shape', () => {
    expect(trackerForId('AW-123456789')?.id).toBe('google-ads');
    expect(trackerForId('G-ABCDEF1234')?.id).toBe('google-analytics');
    expect(trackerForId('UA-1234-5')?.id).toBe('google-analytics');
    expect(trackerForId('GTM-ABC1234')?.id).toBe('google-tag-manager');
    expect(trackerForId('123456789012345')).toBeUndefined();
  });

  it('attributes the shared gtag.js loader by the id in its query and reports container ids', () => {
    expect(matchTrackerUrl('https://www.googletagmanager.com/gtag/js?id=AW-123456789')).toMatchObject({ tracker: { id: 'google-ads' }, kind: 'load', id: 'AW-123456789' });
    expect(matchTrackerUrl('https://www.googletagmanager.com/gtag/js?id=G-ABCDEF1234')).toMatchObject({ tracker: { id: 'google-analytics' }, id: 'G-ABCDEF1234' });
    expect(matchTrackerUrl('https://www.googletagmanager.com/gtm.js?id=GTM-ABC1234')).toMatchObject({ tracker: { id: 'google-tag-manager' }, id: 'GTM-ABC1234' });
    expect(matchTrackerUrl("script-src 'self' https://connect.facebook.net")).toBeUndefined();
    expect(matchTrackerUrl('https://www.facebook.com/acmepolice')).toBeUndefined();
  });
});
