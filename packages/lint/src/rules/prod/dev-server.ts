import { commandText, environment, servicePointer } from '../../_compose.js';
import { productionServices } from '../../_pair.js';
import { defineRule, noOptions } from '../../define-rule.js';

// Each pattern names a server or watcher meant for development; the label is what the message shows.
const patterns: [RegExp, string][] = [
  [/\bmanage\.py\s+runserver\b/, 'manage.py runserver'],
  [/\bflask\s+run\b/, 'flask run'],
  [/\bfastapi\s+dev\b/, 'fastapi dev'],
  [/(^|\s)--reload\b/, '--reload'],
  [/\bnodemon\b/, 'nodemon'],
  [/\bts-node-dev\b/, 'ts-node-dev'],
  [/\bnode\s+--watch\b/, 'node --watch'],
  [/\b(npm|pnpm|yarn|bun)\s+(run\s+)?(dev|start:dev|serve)\b/, 'a dev script'],
  [/\b(vite|next|nuxt|astro)\s+dev\b/, 'a dev server'],
  [/(^|\s)vite(\s|$)/, 'vite'],
  [/\bng\s+serve\b/, 'ng serve'],
  [/\bwebpack(-dev-server|\s+serve)\b/, 'webpack dev server'],
  [/\bphp\s+artisan\s+serve\b/, 'artisan serve'],
  [/\bdotnet\s+watch\b/, 'dotnet watch'],
  [/\bcargo\s+watch\b/, 'cargo watch'],
  [/\brails\s+(s|server)\b.*(-e\s*|--environment[=\s])development\b/, 'rails server in development'],
];

export default defineRule({
  meta: {
    id: 'prod/dev-server',
    description: 'A production service starts a development server or a file watcher.',
    severity: 'error',
    scope: 'target',
    fixable: false,
    messages: { devServer: '{{service}}: {{what}} in production target {{target}}: `{{command}}`' },
    ...noOptions,
  },
  create(context) {
    const { target } = context;
    for (const [name, service] of productionServices(target)) {
      for (const field of ['command', 'entrypoint'] as const) {
        const text = commandText(service[field]);
        if (text === undefined) continue;
        let hit = patterns.find(([re]) => re.test(text))?.[1];
        // `rails server` alone is a development server only when the environment says so.
        if (!hit && /\brails\s+(s|server)\b/.test(text) && environment(service).get('RAILS_ENV') === 'development') {
          hit = 'rails server in development';
        }
        if (!hit) continue;
        context.report({
          messageId: 'devServer',
          data: { service: name, what: hit, target: target.name, command: text.length > 80 ? `${text.slice(0, 77)}...` : text },
          pointer: servicePointer(name, field),
          service: name,
        });
      }
    }
  },
});
