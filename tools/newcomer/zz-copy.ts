import { copyRepository } from './src/copy-repository.ts';
const t = Date.now();
console.log(await copyRepository('/work/wt-new', process.argv[2]), Date.now() - t, 'ms');
