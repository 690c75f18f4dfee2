/** Setup file of every test file: the temporary folders it made with tempFolder() go when it ends. */
import { afterAll } from 'vitest';
import { removeTempFolders } from './tempFolder.js';

afterAll(removeTempFolders);
