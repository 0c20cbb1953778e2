import { describe, expect, it } from 'vitest'
import { parseCount } from './parseCount'

describe('parseCount', () => {
  it('reads whole counts, blank as none, full-width digits as typed on a Chinese keyboard', () => {
    expect(parseCount('')).toBe(0)
    expect(parseCount(' 12 ')).toBe(12)
    expect(parseCount('１２')).toBe(12)
  })

  it('refuses anything that is not a whole count', () => {
    expect(parseCount('1.5')).toBeNull()
    expect(parseCount('-1')).toBeNull()
    expect(parseCount('abc')).toBeNull()
  })
})
