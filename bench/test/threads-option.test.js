import { describe, expect, it } from 'vitest';
import { threadsOption } from '../threads-option.js';

const HELP = `Options:
      --help             Show help                                                         [boolean]
      --cache-location   Cache folder (default node_modules/.cache/pixel-patrol)            [string]
      --stats            Print counts and time per phase on stderr        [boolean] [default: false]
`;

describe('threadsOption', () => {
  it('reports no option when the help has none', () => {
    expect(threadsOption(HELP)).toEqual({ supported: false });
  });

  it('reads the default, also when yargs wraps the description onto the next line', () => {
    const wrapped = `${HELP}      --threads          Worker threads for parsing (1: none), default the number of
                         cores                                            [number] [default: 2]
      --progress         Show files done / total on stderr                               [boolean]
`;
    expect(threadsOption(wrapped)).toEqual({ supported: true, default: '2' });
  });

  it('reports the option without a default when the help shows none', () => {
    expect(threadsOption(`${HELP}  -j, --threads        Worker threads                                           [number]\n`)).toEqual({ supported: true });
  });
});
