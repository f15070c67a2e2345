import type { GtmValue } from '../../reach/gtm/gtm-firing.js';
import type { GtmParameter, GtmRawContainerVersion, GtmRawTag, GtmRawTemplate, GtmRawTrigger, GtmRawVariable } from './gtm-export.js';
import { normalizeGtmEnum } from './normalize-gtm-enum.js';

const PAGE_BUILT_INS: Record<string, GtmValue> = {
  PAGE_PATH: { kind: 'page', part: 'path' },
  PAGE_URL: { kind: 'page', part: 'url' },
  PAGE_HOSTNAME: { kind: 'page', part: 'hostname' },
  EVENT: { kind: 'event' },
};
const BUILT_IN_NAMES: Record<string, GtmValue> = {
  'Page Path': PAGE_BUILT_INS.PAGE_PATH!,
  'Page URL': PAGE_BUILT_INS.PAGE_URL!,
  'Page Hostname': PAGE_BUILT_INS.PAGE_HOSTNAME!,
  Event: PAGE_BUILT_INS.EVENT!,
  _event: PAGE_BUILT_INS.EVENT!,
};
const URL_PARTS: Record<string, GtmValue> = { PATH: PAGE_BUILT_INS.PAGE_PATH!, URL: PAGE_BUILT_INS.PAGE_URL!, HOST: PAGE_BUILT_INS.PAGE_HOSTNAME! };
const REFERENCE = /\{\{([^{}]+)\}\}/g;
const PLACEHOLDER = /^%%[A-Z0-9_]+%%$/i;

function list<T>(v: T[] | undefined): T[] {
  return Array.isArray(v) ? v : [];
}

/**
 * One export, indexed the way GTM resolves it: tags by name (sequencing, TAG_REFERENCE),
 * triggers by id, variables by name (case-sensitive, user variables before built-ins),
 * templates under both `cvt_<containerId>_<templateId>` and `cvt_<galleryTemplateId>`.
 */
export class GtmContainer {
  readonly publicId: string;
  readonly usage: string;
  readonly tags: GtmRawTag[];
  readonly triggers = new Map<string, { raw: GtmRawTrigger; index: number }>();
  readonly templates = new Map<string, GtmRawTemplate>();
  private readonly variables = new Map<string, GtmRawVariable>();
  private readonly builtIns = new Set<string>();
  /** `{{Name}}` references that name no variable. */
  readonly unresolved = new Set<string>();

  constructor(readonly version: GtmRawContainerVersion) {
    this.publicId = typeof version.container?.publicId === 'string' ? version.container.publicId.trim() : '';
    this.usage = list(version.container?.usageContext).map(normalizeGtmEnum).join(',') || 'WEB';
    this.tags = list(version.tag);
    list(version.trigger).forEach((raw, index) => this.triggers.set(String(raw.triggerId), { raw, index }));
    for (const v of list(version.variable)) if (typeof v.name === 'string') this.variables.set(v.name, v);
    for (const b of list(version.builtInVariable)) if (typeof b.name === 'string') this.builtIns.add(b.name);
    for (const t of list(version.customTemplate)) {
      this.templates.set(`cvt_${String(t.containerId)}_${String(t.templateId)}`, t);
      const gallery = t.galleryReference?.galleryTemplateId;
      if (typeof gallery === 'string' && gallery !== '') this.templates.set(`cvt_${gallery}`, t);
    }
  }

  /** A template string (`/thanks`, `{{Page Path}}`, `GT-1{{HTML ID}}`) as a value to evaluate. */
  value(template: string | undefined, depth = 0): GtmValue {
    const text = template ?? '';
    const parts: GtmValue[] = [];
    let last = 0;
    for (const m of text.matchAll(REFERENCE)) {
      if (m.index > last) parts.push({ kind: 'literal', value: text.slice(last, m.index) });
      parts.push(this.variable(m[1]!, depth));
      last = m.index + m[0].length;
    }
    if (last < text.length || parts.length === 0) parts.push({ kind: 'literal', value: text.slice(last) });
    return parts.length === 1 ? parts[0]! : { kind: 'concat', parts };
  }

  /** The literal a template resolves to (constants, fixed tables), or `undefined`. */
  literal(template: string | undefined): string | undefined {
    const v = this.value(template);
    if (v.kind === 'literal') return v.value;
    if (v.kind === 'concat' && v.parts.every((p) => p.kind === 'literal')) return v.parts.map((p) => (p.kind === 'literal' ? p.value : '')).join('');
    return undefined;
  }

  private variable(name: string, depth: number): GtmValue {
    const v = this.variables.get(name);
    if (!v) {
      const builtIn = BUILT_IN_NAMES[name];
      if (builtIn) return builtIn;
      if (!this.builtIns.has(name)) this.unresolved.add(name);
      return { kind: 'runtime', name };
    }
    if (depth > 5) return { kind: 'runtime', name };
    const p = (key: string) => GtmContainer.param(v.parameter, key);
    switch (v.type) {
      case 'c': {
        const raw = p('value')?.value ?? '';
        // `%%UA_ID%%` is filled in before import: its literal text says nothing about the live container.
        return PLACEHOLDER.test(raw.trim()) ? { kind: 'runtime', name: `${name} (placeholder ${raw.trim()})` } : this.value(raw, depth + 1);
      }
      case 'u':
        return p('customUrlSource') ? { kind: 'runtime', name } : (URL_PARTS[normalizeGtmEnum(p('component')?.value ?? 'URL')] ?? { kind: 'runtime', name });
      case 'smm':
      case 'remm': {
        const regex = v.type === 'remm';
        const flag = (key: string, dflt: boolean) => (p(key)?.value === undefined ? dflt : p(key)!.value === 'true');
        return {
          kind: 'table',
          input: this.value(p('input')?.value, depth + 1),
          entries: list(p('map')?.list).map((row) => ({ key: GtmContainer.param(row.map, 'key')?.value ?? '', value: this.value(GtmContainer.param(row.map, 'value')?.value, depth + 1) })),
          fallback: p('setDefaultValue')?.value === 'false' || !p('defaultValue') ? { kind: 'literal', value: '' } : this.value(p('defaultValue')?.value, depth + 1),
          regex,
          ignoreCase: regex ? flag('ignoreCase', true) : false,
          fullMatch: regex ? flag('fullMatch', true) : true,
        };
      }
      default:
        return { kind: 'runtime', name };
    }
  }

  /** The parameter with `key` in a parameter list. */
  static param(params: GtmParameter[] | undefined, key: string): GtmParameter | undefined {
    return list(params).find((p) => p.key === key);
  }
}
