const severity = { enum: ['error', 'warn', 'info', 'off'] } as const;
const globList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

/** JSON Schema of `pixel-patrol.config.json`; `schema/pixel-patrol.config.schema.json` is generated from it. */
export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://pixel-patrol.dev/schema/pixel-patrol.config.schema.json',
  title: 'pixel-patrol configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    sensitive: {
      type: 'object',
      additionalProperties: false,
      description: 'Which pages are sensitive.',
      properties: {
        routes: { ...globList, description: 'URL globs of sensitive pages, e.g. "/report/**".' },
        presets: { type: 'array', items: { type: 'string' }, description: 'Ids of built-in sensitive-route presets.' },
        detectFromContent: { type: 'boolean', description: 'Also treat a page as sensitive when its content shows it (default true).' },
      },
    },
    allow: {
      type: 'array',
      description: 'Exceptions: a tracker allowed on some routes, with a reason.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['tracker', 'routes', 'reason'],
        properties: {
          tracker: { type: 'string', minLength: 1 },
          routes: { ...globList, minItems: 1 },
          reason: { type: 'string', minLength: 1 },
          expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        },
      },
    },
    routes: {
      type: 'array',
      description: 'Explicit mappings from file globs to URL patterns.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files', 'route'],
        properties: { files: { type: 'string', minLength: 1 }, route: { type: 'string', minLength: 1 } },
      },
    },
    unknownRoutes: { enum: ['site-wide', 'ignore'], description: 'How to treat code whose routes cannot be known (default site-wide).' },
    severity: {
      type: 'object',
      additionalProperties: false,
      properties: {
        advertising: severity,
        social: severity,
        'session-replay': severity,
        analytics: severity,
        'tag-manager': severity,
      },
    },
    rules: { type: 'object', additionalProperties: severity, description: 'Severity per rule id.' },
    ignore: { ...globList, description: 'Files to leave out (gitignore syntax), in addition to .gitignore.' },
    maxFileSize: { type: 'integer', minimum: 1, description: 'Files larger than this many bytes are token-scanned only.' },
    fileTimeBudgetMs: {
      type: 'integer',
      minimum: 1,
      description: 'A file whose analysis takes more than this many milliseconds of CPU time is abandoned, token-scanned and reported as parse-failed (default 30000).',
    },
  },
} as const;
