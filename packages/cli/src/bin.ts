#!/usr/bin/env node
import { main } from './main.js';

process.exitCode = await main({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
