import type { Certainty } from '../../detectors/detection.js';
import { evaluateCondition, type PageWitness, type Tri } from './evaluate-condition.js';
import type { GtmTriggerSpec } from './gtm-firing.js';

export interface TriggerOutcome {
  fires: Tri;
  certainty: Certainty;
  /** `on every page`, `when the user clicks a link`, `when the site pushes event "purchase"`. */
  how: string;
  /** The dataLayer event it fires on, when fixed: exceptions are evaluated on the same event. */
  event: string | undefined;
}

/** Page-level trigger types and the dataLayer event each one waits for. */
const PAGE_EVENTS: Record<string, string> = {
  CONSENT_INIT: 'gtm.init_consent',
  INIT: 'gtm.init',
  PAGEVIEW: 'gtm.js',
  DOM_READY: 'gtm.dom',
  WINDOW_LOADED: 'gtm.load',
  SERVER_PAGEVIEW: 'page_view',
  ALWAYS: 'page_view',
};

/** Listener trigger types: armed on every page their `autoEventFilter` allows, fired by the visitor. */
const LISTENERS: Record<string, [event: string, how: string]> = {
  CLICK: ['gtm.click', 'when the user clicks'],
  LINK_CLICK: ['gtm.linkClick', 'when the user clicks a link'],
  FORM_SUBMISSION: ['gtm.formSubmit', 'when a form is submitted'],
  ELEMENT_VISIBILITY: ['gtm.elementVisibility', 'when an element becomes visible'],
  SCROLL_DEPTH: ['gtm.scrollDepth', 'when the user scrolls'],
  TIMER: ['gtm.timer', 'on a timer'],
  YOU_TUBE_VIDEO: ['gtm.video', 'when a video plays'],
  HISTORY_CHANGE: ['gtm.historyChange', 'on in-page navigation'],
  JS_ERROR: ['gtm.pageError', 'on a JavaScript error'],
  AMP_CLICK: ['click', 'when the user clicks (AMP)'],
  AMP_TIMER: ['timer', 'on a timer (AMP)'],
  AMP_SCROLL: ['scroll', 'when the user scrolls (AMP)'],
  AMP_VISIBILITY: ['visible', 'when an element becomes visible (AMP)'],
};

/** Events GTM itself pushes on every page; a custom event matching one fires on page loads. */
const GTM_PAGE_EVENTS = ['gtm.init_consent', 'gtm.init', 'gtm.js', 'gtm.dom', 'gtm.load'];
const PAGE_VIEW_LIKE = /^(?:page_?view|[av]?page_?view|virtual_?page_?view|gtm\.js|history_?change|route_?change)$/i;

function and(values: Tri[]): Tri {
  if (values.includes(false)) return false;
  return values.every((v) => v === true) ? true : undefined;
}

/** The dataLayer event a trigger waits for, when the export fixes it. */
function triggerEvent(t: GtmTriggerSpec): string | undefined {
  if (t.builtIn || PAGE_EVENTS[t.type]) return PAGE_EVENTS[t.type];
  if (LISTENERS[t.type]) return LISTENERS[t.type]![0];
  const named = t.conditions.find((c) => c.left.kind === 'event' && c.op === 'EQUALS' && !c.negate && c.right.kind === 'literal');
  return named?.right.kind === 'literal' ? named.right.value : undefined;
}

/** Does trigger `t` fire on the page? Unknown ids, custom events and runtime values give "may". */
export function evaluateTrigger(t: GtmTriggerSpec, page: PageWitness): TriggerOutcome {
  return { ...outcome(t, page), event: triggerEvent(t) };
}

function outcome(t: GtmTriggerSpec, page: PageWitness): Omit<TriggerOutcome, 'event'> {
  if (t.missing) return { fires: undefined, certainty: 'possible', how: `by trigger id ${t.id}, which is not in the export` };
  if (t.builtIn) return { fires: t.type === 'UNKNOWN' ? undefined : true, certainty: t.type === 'UNKNOWN' ? 'possible' : 'certain', how: `on every page ("${t.name}")` };
  if (t.type === 'TRIGGER_GROUP') {
    const parts = t.members.map((m) => outcome(m, page));
    const fires = parts.length === 0 ? false : and(parts.map((p) => p.fires));
    return { fires, certainty: fires === true ? 'likely' : 'possible', how: `once all of ${t.members.map((m) => `"${m.name}"`).join(', ')} have fired` };
  }
  const pageEvent = PAGE_EVENTS[t.type];
  if (pageEvent !== undefined) {
    const fires = and(t.conditions.map((c) => evaluateCondition(c, page, pageEvent)));
    return { fires, certainty: fires === true ? 'certain' : 'possible', how: 'on page load' };
  }
  const listener = LISTENERS[t.type];
  if (listener) {
    const fires = and(t.conditions.map((c) => evaluateCondition(c, page, listener[0])));
    return { fires, certainty: fires === true ? 'likely' : 'possible', how: listener[1] };
  }
  if (t.type === 'CUSTOM_EVENT') {
    for (const e of GTM_PAGE_EVENTS) {
      if (and(t.conditions.map((c) => evaluateCondition(c, page, e))) === true) return { fires: true, certainty: 'certain', how: 'on every event, page loads included' };
    }
    const fires = and(t.conditions.map((c) => evaluateCondition(c, page, undefined)));
    const event = triggerEvent(t);
    const pageView = event !== undefined && PAGE_VIEW_LIKE.test(event);
    return {
      fires: fires === false ? false : undefined,
      certainty: pageView && fires !== false ? 'likely' : 'possible',
      how: event === undefined ? 'on custom events' : `when the site pushes event "${event}"${pageView ? ' (a page view: site-wide in practice)' : ''}`,
    };
  }
  const fires = and(t.conditions.map((c) => evaluateCondition(c, page, undefined)));
  return { fires: fires === false ? false : undefined, certainty: 'possible', how: `on ${t.type} events` };
}

