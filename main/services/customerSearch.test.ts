import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, makeCustomer, openTestShop, type TestShop } from '../../tests/support/shop'
import { nameGrams } from './customerSearch'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

let phoneCounter = 0
function addCustomer(name: string, phone?: string) {
  phoneCounter += 1
  return makeCustomer(shop, { name, phones: [phone ?? `1390000${String(phoneCounter).padStart(4, '0')}`] })
}

async function names(query: string, limit = 50): Promise<string[]> {
  const found = await call(shop, 'customers.search', { query, limit })
  return found.map((customer) => customer.name).sort()
}

describe('customer search by Chinese name', () => {
  it('finds every customer with a one-character query, among many others', async () => {
    const wang: string[] = []
    const surnames = ['李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐']
    const given = ['芳', '伟', '娜', '敏', '静', '强', '磊', '洋', '勇', '军', '杰', '涛']
    for (let index = 0; index < 36; index += 1) {
      const name =
        index % 4 === 3 ? `${surnames[index % 10]}王${given[index % 12]}` : `王${given[index % 12]}${index}`
      wang.push((await addCustomer(name)).name)
    }
    for (let index = 0; index < 40; index += 1)
      await addCustomer(`${surnames[index % 10]}${given[index % 12]}`)
    expect(await names('王')).toEqual([...wang].sort())
  })

  it('finds the names holding a two-character query side by side, and only those', async () => {
    for (const name of ['王芳', '王芳芳', '李王芳', '王小芳', '芳王', '汪芳', '王方']) await addCustomer(name)
    expect(await names('王芳')).toEqual(['李王芳', '王芳', '王芳芳'])
  })

  it('finds a three-character name, not one whose pairs stand apart', async () => {
    for (const name of ['王小明', '大王小明', '小明王小', '王小', '王晓明']) await addCustomer(name)
    expect(await names('王小明')).toEqual(['大王小明', '王小明'])
  })

  it('finds a customer by the pinyin initials of the name', async () => {
    for (const name of ['王芳', '吴凡', '王小明', '李娜']) await addCustomer(name)
    expect(await names('wf')).toEqual(['吴凡', '王芳'])
    expect(await names('wxm')).toEqual(['王小明'])
    expect(await names('WF')).toEqual(['吴凡', '王芳'])
    expect(await names('ln')).toEqual(['李娜'])
  })

  it('finds nothing for a character no name holds', async () => {
    for (const name of ['王芳', '李娜', 'Emma Wong']) await addCustomer(name)
    expect(await names('张')).toEqual([])
    expect(await names('王娜')).toEqual([])
  })
})

describe('customer search by Latin name', () => {
  it('finds a customer by the beginning of any word of the name, in any case', async () => {
    for (const name of ['Emma Wong', 'Emmanuel Ho', 'Liam Chan', 'Gemma Lee']) await addCustomer(name)
    expect(await names('emm')).toEqual(['Emma Wong', 'Emmanuel Ho'])
    expect(await names('EMMA')).toEqual(['Emma Wong', 'Emmanuel Ho'])
    expect(await names('wong')).toEqual(['Emma Wong'])
    expect(await names('emma w')).toEqual(['Emma Wong'])
    expect(await names('ＥＭＭＡ')).toEqual(['Emma Wong', 'Emmanuel Ho'])
  })

  it('does not match letters in the middle of a word', async () => {
    for (const name of ['Emma Wong', 'Gemma Lee']) await addCustomer(name)
    expect(await names('mma')).toEqual([])
    expect(await names('ong')).toEqual([])
  })

  it('matches words longer than the indexed prefixes exactly', async () => {
    for (const name of ['Maximilianus Berg', 'Maximiliane Berg']) await addCustomer(name)
    expect(await names('maximilianus')).toEqual(['Maximilianus Berg'])
    expect(await names('maximilian')).toEqual(['Maximiliane Berg', 'Maximilianus Berg'])
  })

  it('finds a mixed Chinese and Latin name by either part', async () => {
    await addCustomer('陈 Kelvin')
    expect(await names('kel')).toEqual(['陈 Kelvin'])
    expect(await names('陈')).toEqual(['陈 Kelvin'])
  })
})

describe('customer search by phone', () => {
  it('finds a phone by its first digits and by its last four', async () => {
    await addCustomer('王芳', '13800138000')
    await addCustomer('李娜', '13912348000')
    await addCustomer('张伟', '075588881234')
    expect(await names('1380013')).toEqual(['王芳'])
    expect(await names('138')).toEqual(['王芳'])
    expect(await names('8000')).toEqual(['李娜', '王芳'])
    expect(await names('1234')).toEqual(['张伟'])
    expect(await names('0755-8888')).toEqual(['张伟'])
    expect(await names('0755-88881234')).toEqual(['张伟'])
  })

  it('does not match digits in the middle of a phone', async () => {
    await addCustomer('王芳', '13800138000')
    expect(await names('0013')).toEqual([])
    expect(await names('3800')).toEqual([])
  })

  it('finds the second phone of a customer as well as the first', async () => {
    await makeCustomer(shop, { name: '王芳', phones: ['13800138000', '13511112222'] })
    expect(await names('135111')).toEqual(['王芳'])
    expect(await names('2222')).toEqual(['王芳'])
  })

  it('answers each customer once when both ends of a phone match', async () => {
    await addCustomer('王芳', '13800138000')
    const found = await call(shop, 'customers.search', { query: '13800138000', limit: 10 })
    expect(found.map((customer) => customer.name)).toEqual(['王芳'])
  })
})

describe('the search index', () => {
  it('follows a renamed customer', async () => {
    const customer = await addCustomer('王芳')
    await call(shop, 'customers.update', { id: customer.id, name: '李娜', phones: ['13700137000'] })
    expect(await names('王')).toEqual([])
    expect(await names('wf')).toEqual([])
    expect(await names('13800')).toEqual([])
    expect(await names('李娜')).toEqual(['李娜'])
    expect(await names('ln')).toEqual(['李娜'])
    expect(await names('7000')).toEqual(['李娜'])
  })

  it('answers the newest customers first and no more than asked', async () => {
    for (let index = 0; index < 12; index += 1) await addCustomer(`王${index}`)
    const found = await call(shop, 'customers.search', { query: '王', limit: 5 })
    expect(found.map((customer) => customer.name)).toEqual(['王11', '王10', '王9', '王8', '王7'])
  })

  it('answers nothing for an empty or blank query', async () => {
    await addCustomer('王芳')
    expect(await names('')).toEqual([])
    expect(await names('   ')).toEqual([])
    expect(await names('!!')).toEqual([])
  })

  it('indexes single characters, pairs, and prefixes of words and initials', () => {
    expect(nameGrams('王小明').sort()).toEqual(
      ['w:w', 'w:wx', 'w:wxm', '小', '小明', '明', '王', '王小'].sort(),
    )
    expect(nameGrams('Emma Wong').sort()).toEqual(
      ['w:e', 'w:em', 'w:emm', 'w:emma', 'w:w', 'w:wo', 'w:won', 'w:wong'].sort(),
    )
  })
})
