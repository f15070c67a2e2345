/**
 * The parts of a GTM container export (Admin → Export Container, version and workspace exports,
 * API dumps) the linter reads. Every field is optional: partial exports are normal.
 */
export interface GtmParameter {
  type?: string;
  key?: string;
  value?: string;
  list?: GtmParameter[];
  map?: GtmParameter[];
}

export interface GtmRawCondition {
  type?: string;
  parameter?: GtmParameter[];
}

export interface GtmRawTrigger {
  triggerId?: string;
  name?: string;
  type?: string;
  filter?: GtmRawCondition[];
  autoEventFilter?: GtmRawCondition[];
  customEventFilter?: GtmRawCondition[];
  parameter?: GtmParameter[];
}

export interface GtmRawTag {
  tagId?: string;
  name?: string;
  type?: string;
  parameter?: GtmParameter[];
  firingTriggerId?: string[];
  blockingTriggerId?: string[];
  paused?: boolean | string;
  setupTag?: Array<{ tagName?: string }>;
  teardownTag?: Array<{ tagName?: string }>;
  consentSettings?: { consentStatus?: string; consentType?: GtmParameter };
  scheduleStartMs?: string;
  scheduleEndMs?: string;
  liveOnly?: boolean | string;
}

export interface GtmRawVariable {
  name?: string;
  type?: string;
  parameter?: GtmParameter[];
}

export interface GtmRawTemplate {
  templateId?: string;
  containerId?: string;
  name?: string;
  templateData?: string;
  galleryReference?: { owner?: string; repository?: string; galleryTemplateId?: string };
}

export interface GtmRawContainerVersion {
  containerId?: string;
  container?: { publicId?: string; usageContext?: string[]; containerId?: string };
  tag?: GtmRawTag[];
  trigger?: GtmRawTrigger[];
  variable?: GtmRawVariable[];
  builtInVariable?: Array<{ type?: string; name?: string }>;
  customTemplate?: GtmRawTemplate[];
}
