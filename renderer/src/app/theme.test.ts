import { DEFAULT_THEME } from '@mantine/core'
import { describe, expect, it } from 'vitest'
import { contrast, minimumContrast, theme } from './theme'

const palettes = Object.entries(theme.colors ?? {}).flatMap(([name, shades]) =>
  name === 'dark' || !shades ? [] : [[name, shades] as const],
)

describe('the theme reads at WCAG AA', () => {
  it('darkens every palette the app paints with', () => {
    expect(palettes.map(([name]) => name).sort()).toEqual(
      Object.keys(DEFAULT_THEME.colors)
        .filter((name) => name !== 'dark')
        .sort(),
    )
  })

  it.each(palettes)(
    '%s: white on filled, shades 6–9 as text on white, grey and its own tint',
    (_name, shades) => {
      expect(contrast('#ffffff', shades[6])).toBeGreaterThanOrEqual(minimumContrast)
      for (const shade of [6, 7, 8, 9] as const) {
        for (const background of ['#ffffff', DEFAULT_THEME.colors.gray[0], shades[1]]) {
          expect(
            contrast(shades[shade], background),
            `${shades[shade]} on ${background}`,
          ).toBeGreaterThanOrEqual(minimumContrast)
        }
      }
    },
  )

  it('keeps the light tints as Mantine draws them', () => {
    for (const [name, shades] of palettes) {
      expect(shades.slice(0, 6)).toEqual(DEFAULT_THEME.colors[name]?.slice(0, 6))
    }
  })

  it('dims secondary text to a grey that still reads (Mantine’s dimmed is grey 6)', () => {
    const dimmed = theme.colors?.gray?.[6] ?? DEFAULT_THEME.colors.gray[6]
    expect(contrast(dimmed, '#ffffff')).toBeGreaterThanOrEqual(minimumContrast)
  })
})
