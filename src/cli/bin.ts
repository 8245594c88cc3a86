#!/usr/bin/env node
import { main, STILL_RUNNING } from "./main.js";

const code = await main(process.argv);
if (code !== STILL_RUNNING) process.exit(code);
