import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { apiSuite } from './app.case.test.ts';

apiSuite('sqlite', async () => openSqliteStore(':memory:'));
