// The few better-sqlite3 12 APIs rasd uses (the package ships no types and
// @types/better-sqlite3 is not a dependency).
declare module 'better-sqlite3' {
  namespace Database {
    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }
    interface Statement<P extends unknown[] = unknown[]> {
      run(...params: P): RunResult;
      get(...params: P): any;
      all(...params: P): any[];
      iterate(...params: P): IterableIterator<any>;
      pluck(on?: boolean): this;
      raw(on?: boolean): this;
    }
    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      timeout?: number;
    }
    interface Database {
      prepare<P extends unknown[] = unknown[]>(sql: string): Statement<P>;
      exec(sql: string): this;
      pragma(sql: string, options?: { simple?: boolean }): any;
      /** The function run in BEGIN (deferred); `.immediate` / `.exclusive` begin IMMEDIATE / EXCLUSIVE. */
      transaction<F extends (...args: any[]) => any>(fn: F): F & { deferred: F; immediate: F; exclusive: F };
      function(name: string, options: { deterministic?: boolean; varargs?: boolean }, fn: (...args: any[]) => unknown): this;
      close(): this;
      readonly open: boolean;
      readonly inTransaction: boolean;
    }
  }
  interface DatabaseConstructor {
    new (filename: string, options?: Database.Options): Database.Database;
    (filename: string, options?: Database.Options): Database.Database;
  }
  const Database: DatabaseConstructor;
  export default Database;
}
