import { describe, expect, it } from 'vitest'
import { nowUtc, withClock } from './context'

describe('the services clock', () => {
  it('gives the work run inside withClock its time, and everything else the real time', async () => {
    const before = Date.now()
    let inside = ''
    let meanwhile = ''
    const work = withClock(
      () => '2026-11-20T09:30:00.000Z',
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 5))
        inside = nowUtc()
      },
    )
    // A request handled while the demo is writing (another async context) is not moved in time.
    meanwhile = nowUtc()
    await work
    expect(inside).toBe('2026-11-20T09:30:00.000Z')
    expect(Date.parse(meanwhile)).toBeGreaterThanOrEqual(before)
    expect(Date.parse(nowUtc())).toBeGreaterThanOrEqual(before)
  })
})
