import { describe, expect, it } from 'vitest';
import { moduleReferences } from '../../src/reach/module-graph/module-references.js';
import { routePath } from '../../src/routes/route-table/route-path.js';
import { LineIndex } from '../../src/source/line-index.js';

function refs(code: string) {
  const lines = new LineIndex(code);
  return moduleReferences({ lines, start: 0, end: code.length, dialect: 'tsx' }).map((r) => [r.specifier, r.line, r.route ? `${r.route.role} ${r.route.pattern}` : 'import']);
}

describe('route tables declared in code', () => {
  it('mounts each component of a createBrowserRouter table at its joined path', () => {
    const code = [
      "import { createBrowserRouter } from 'react-router-dom';",
      "import Root from './Root';",
      "import Report from './pages/Report';",
      "const Careers = lazy(() => import('./pages/Careers'));",
      'export const router = createBrowserRouter([',
      "  { path: '/', element: <Root />, children: [",
      "    { path: 'report/:id', element: <Report /> },",
      "    { path: 'careers', element: <Suspense><Careers /></Suspense> },",
      "    { path: 'help/*', lazy: () => import('./pages/Help') },",
      '  ] },',
      ']);',
    ].join('\n');
    expect(refs(code)).toEqual([
      ['react-router-dom', 1, 'import'],
      ['./Root', 6, 'layout /**'],
      ['./pages/Report', 7, 'page /report/*'],
      ['./pages/Careers', 8, 'page /careers'],
      ['./pages/Help', 9, 'page /help/**'],
    ]);
  });

  it('reads nested <Route path element> declarations', () => {
    const code = [
      "import { Route, Routes } from 'react-router-dom';",
      "import Shell from './Shell';",
      "import Report from './Report';",
      "import Home from './Home';",
      'export const App = () => (',
      '  <Routes>',
      '    <Route path="/" element={<Shell />}>',
      '      <Route index element={<Home />} />',
      '      <Route path="report" element={<Report />} />',
      '    </Route>',
      '  </Routes>',
      ');',
    ].join('\n');
    expect(refs(code)).toEqual([
      ['react-router-dom', 1, 'import'],
      ['./Shell', 7, 'layout /**'],
      ['./Home', 8, 'page /'],
      ['./Report', 9, 'page /report'],
    ]);
  });

  it('reads Vue Router { path, component } arrays with lazy components', () => {
    const code = [
      "import { createRouter, createWebHistory } from 'vue-router';",
      "import HomeView from '../views/HomeView.vue';",
      'export default createRouter({',
      '  history: createWebHistory(),',
      '  routes: [',
      "    { path: '/', name: 'home', component: HomeView },",
      "    { path: '/report/:crime', component: () => import('../views/ReportView.vue') },",
      "    { path: '/:pathMatch(.*)*', component: () => import('../views/NotFound.vue') },",
      '  ],',
      '});',
    ].join('\n');
    expect(refs(code)).toEqual([
      ['vue-router', 1, 'import'],
      ['../views/HomeView.vue', 6, 'page /'],
      ['../views/ReportView.vue', 7, 'page /report/*'],
      ['../views/NotFound.vue', 8, 'page /**'],
    ]);
  });

  it.each([
    ['report/:id', '/', '/report/*'],
    ['/abs', '/parent', '/abs'],
    ['child', '/parent/', '/parent/child'],
    [':lang?/about', '/', '/**/about'],
    ['*', '/files', '/files/**'],
  ])('path %s under %s → %s', (path, parent, pattern) => {
    expect(routePath(path, parent)).toBe(pattern);
  });
});
