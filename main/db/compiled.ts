/**
 * Hot queries compiled once. Kysely builds and compiles a query on every call, which costs several
 * times the query itself on an indexed lookup. A query built here with `param('name')` placeholders is
 * compiled on first use; later calls only substitute values (and the statement cache in open.ts skips
 * SQLite's prepare). The SQL is Kysely's own, so it stays portable.
 */
import type { CompiledQuery, Compilable, Kysely } from 'kysely'
import type { Database } from './schema'

const placeholder = Symbol('param')
interface Placeholder {
  [placeholder]: string
}

/** A named value to fill in at execution. Typed as the column's value so the builder accepts it. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T types the placeholder for the builder
export function param<T>(name: string): T {
  return { [placeholder]: name } as unknown as T
}

function isPlaceholder(value: unknown): value is Placeholder {
  return typeof value === 'object' && value !== null && placeholder in value
}

/**
 * `compiledQuery<{ id: string }>()((db) => builder)`: the parameters' types are given, the row type is
 * inferred from the builder (hence the two calls: TypeScript cannot infer one type argument of two).
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- Params types run()'s argument
export function compiledQuery<Params extends Record<string, unknown>>() {
  return <Row>(build: (db: Kysely<Database>) => Compilable<Row>) => {
    let compiled: CompiledQuery<Row> | undefined
    const get = (db: Kysely<Database>) => (compiled ??= build(db).compile())
    return {
      sql: get,
      async run(db: Kysely<Database>, params: Params): Promise<Row[]> {
        const query = get(db)
        const parameters = query.parameters.map((value) => {
          if (!isPlaceholder(value)) return value
          const name = value[placeholder]
          if (!(name in params)) throw new Error(`compiledQuery: missing parameter ${name}`)
          return params[name]
        })
        const result = await db.executeQuery<Row>({ ...query, parameters })
        return result.rows
      },
    }
  }
}

/**
 * Queries whose shape depends on a small key (how many grams, how many ids in a list): compiled once
 * per shape. `listParams('id', 3)` makes the placeholders id0..id2; `listValues('id', ids)` fills them.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- Params types run()'s argument
export function compiledFamily<Shape extends string | number, Params extends Record<string, unknown>>() {
  return <Row>(build: (db: Kysely<Database>, shape: Shape) => Compilable<Row>) => {
    const shapes = new Map<Shape, ReturnType<ReturnType<typeof compiledQuery<Params>>>>()
    return {
      run(db: Kysely<Database>, shape: Shape, params: Params): Promise<Row[]> {
        let query = shapes.get(shape)
        if (!query) {
          query = compiledQuery<Params>()((root) => build(root, shape))
          shapes.set(shape, query)
        }
        return query.run(db, params) as Promise<Row[]>
      },
    }
  }
}

export function listParams<T>(prefix: string, count: number): T[] {
  return Array.from({ length: count }, (_, index) => param<T>(`${prefix}${index}`))
}

export function listValues(prefix: string, values: readonly unknown[]): Record<string, unknown> {
  return Object.fromEntries(values.map((value, index) => [`${prefix}${index}`, value]))
}
