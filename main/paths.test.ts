import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { databaseFileName, resolveDatabasePath, systemLocale, userDataDir } from './paths'

const dataDir = path.resolve('/home/clerk/.config/Service Center')

describe('where the database lives', () => {
  it('follows --db PATH first', () => {
    expect(resolveDatabasePath(['--db', '/srv/shop.db'], { SERVICE_CENTER_DB: '/env.db' }, dataDir)).toBe(
      path.resolve('/srv/shop.db'),
    )
  })

  it('follows --db=PATH too', () => {
    expect(
      resolveDatabasePath(['--demo', '--db=/srv/shop.db'], { SERVICE_CENTER_DB: '/env.db' }, dataDir),
    ).toBe(path.resolve('/srv/shop.db'))
  })

  it('resolves a relative path against the working folder', () => {
    expect(resolveDatabasePath(['--db', 'data/shop.db'], {}, dataDir)).toBe(path.resolve('data/shop.db'))
  })

  it('falls back to SERVICE_CENTER_DB without the flag', () => {
    expect(resolveDatabasePath(['--demo'], { SERVICE_CENTER_DB: '/env/shop.db' }, dataDir)).toBe(
      path.resolve('/env/shop.db'),
    )
  })

  it('falls back to SERVICE_CENTER_DB when the flag has no value', () => {
    expect(resolveDatabasePath(['--db'], { SERVICE_CENTER_DB: '/env/shop.db' }, dataDir)).toBe(
      path.resolve('/env/shop.db'),
    )
    expect(resolveDatabasePath(['--db='], { SERVICE_CENTER_DB: '/env/shop.db' }, dataDir)).toBe(
      path.resolve('/env/shop.db'),
    )
  })

  it("lives in the app's user-data folder otherwise", () => {
    expect(resolveDatabasePath([], {}, dataDir)).toBe(path.join(dataDir, databaseFileName))
    expect(resolveDatabasePath([], { SERVICE_CENTER_DB: '' }, dataDir)).toBe(
      path.join(dataDir, databaseFileName),
    )
  })

  it('does not take a flag that only starts like --db for it', () => {
    expect(resolveDatabasePath(['--dbx', '/x.db'], {}, dataDir)).toBe(path.join(dataDir, databaseFileName))
  })
})

describe("the app's user-data folder", () => {
  it("matches Electron's on each system", () => {
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/xdg' })).toBe(path.join('/xdg', 'Service Center'))
    expect(userDataDir('win32', { APPDATA: 'C:\\Users\\clerk\\AppData\\Roaming' })).toBe(
      path.join('C:\\Users\\clerk\\AppData\\Roaming', 'Service Center'),
    )
    expect(userDataDir('darwin', {})).toMatch(/Library.Application Support.Service Center$/)
    expect(userDataDir('linux', {})).toMatch(/\.config.Service Center$/)
  })
})

describe('the language a new shop starts in', () => {
  it('is simplified Chinese on a mainland system', () => {
    expect(systemLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN')
    expect(systemLocale({ LANG: 'zh_SG.UTF-8' })).toBe('zh-CN')
    expect(systemLocale({}, 'zh-CN')).toBe('zh-CN')
    expect(systemLocale({}, 'zh')).toBe('zh-CN')
  })

  it('is traditional Chinese in Taiwan, Hong Kong and Macau', () => {
    expect(systemLocale({ LANG: 'zh_TW' })).toBe('zh-TW')
    expect(systemLocale({ LANG: 'zh_TW.UTF-8' })).toBe('zh-TW')
    expect(systemLocale({}, 'zh-HK')).toBe('zh-TW')
    expect(systemLocale({ LC_ALL: 'zh_MO.UTF-8' })).toBe('zh-TW')
    expect(systemLocale({}, 'zh-Hant-TW')).toBe('zh-TW')
  })

  it('is English for English and every other language', () => {
    expect(systemLocale({ LANG: 'en_US.UTF-8' })).toBe('en')
    expect(systemLocale({ LANG: 'C' })).toBe('en')
    expect(systemLocale({ LANG: 'C.UTF-8' })).toBe('en')
    expect(systemLocale({ LANG: 'POSIX' })).toBe('en')
    expect(systemLocale({ LANG: 'fr_FR.UTF-8' })).toBe('en')
  })

  it('takes LC_ALL over LC_MESSAGES over LANG', () => {
    expect(systemLocale({ LC_ALL: 'zh_TW.UTF-8', LC_MESSAGES: 'en_US', LANG: 'zh_CN' })).toBe('zh-TW')
    expect(systemLocale({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US' })).toBe('zh-CN')
  })

  it('skips a variable that is set but empty, as the system does', () => {
    expect(systemLocale({ LC_ALL: '', LANG: 'zh_CN.UTF-8' })).toBe('zh-CN')
    expect(systemLocale({ LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_TW.UTF-8' })).toBe('zh-TW')
  })

  it("prefers the desktop's own language when Electron gives one", () => {
    expect(systemLocale({ LANG: 'en_US.UTF-8' }, 'zh-TW')).toBe('zh-TW')
    expect(systemLocale({ LANG: 'zh_CN.UTF-8' }, '')).toBe('zh-CN')
  })
})
