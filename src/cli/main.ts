// The `chronicle` executable: `bin/chronicle.js` and `npm run chronicle` load this file.
import { buildProgram } from './program.js';
import { runProgram } from './run-program.js';

await runProgram(buildProgram(), process.argv);
