export type EdgeKind = 'imports' | 'includes' | 'extends' | 'links-script' | 'renders' | 'source-map' | 'loads-container';

/** `dependent` runs `dependency`: a page links a script, a layout includes a partial, a module imports another. */
export interface ReachEdge {
  dependent: string;
  dependency: string;
  kind: EdgeKind;
  line: number;
  column: number;
}
