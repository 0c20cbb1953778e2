import { afterEach, expect, it } from 'vitest'
import { openTestShop, type TestShop } from '../../tests/support/shop'

let shop: TestShop | undefined
afterEach(async () => {
  await shop?.close()
})

/**
 * The whole schema as SQLite keeps it. Any change to tables, indexes or triggers shows in review as
 * a diff of __snapshots__/schema.sql; update it with `npx vitest run -u` once the change is meant.
 */
it('matches the reviewed schema snapshot', async () => {
  shop = await openTestShop()
  const objects = shop.sqlite
    .prepare(
      `select type, name, tbl_name as tableName, sql from sqlite_master
       where name not like 'sqlite_%'
       order by tbl_name, case type when 'table' then 0 when 'index' then 1 else 2 end, name`,
    )
    .all() as { type: string; name: string; tableName: string; sql: string | null }[]
  const text = objects
    .map(
      (object) =>
        `-- ${object.type} ${object.name} on ${object.tableName}\n${object.sql ?? '(automatic)'};\n`,
    )
    .join('\n')
  await expect(text).toMatchFileSnapshot('./__snapshots__/schema.sql')
})
