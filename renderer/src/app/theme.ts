import {
  Anchor,
  Badge,
  createTheme,
  DEFAULT_THEME,
  luminance,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  Text,
  Title,
} from '@mantine/core'

/** WCAG AA for normal text. */
export const minimumContrast = 4.5

export function contrast(foreground: string, background: string): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a)
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05)
}

function darker(hex: string, factor: number): string {
  const channels = [1, 3, 5].map((start) => Math.round(parseInt(hex.slice(start, start + 2), 16) * factor))
  return `#${channels.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`
}

/**
 * Mantine paints with shades 6 to 9 what people must read: filled buttons and badges (white text on
 * shade 6), coloured and dimmed text (shade 6 on white or on the light grey of a table), and light
 * badges (shade 9 on shade 1). Mantine's own shades miss WCAG AA there (white on teal 6 is 2.55:1,
 * dimmed grey 3.32:1), so each is darkened just enough to reach it; shades 0 to 5 stay as they are.
 */
export function readableShades(shades: MantineColorsTuple): MantineColorsTuple {
  const backgrounds = ['#ffffff', DEFAULT_THEME.colors.gray[0], DEFAULT_THEME.colors.gray[1], shades[1]]
  const readable = [...shades]
  for (let shade = 6; shade <= 9; shade += 1) {
    let color = shades[shade] ?? '#000000'
    // Each shade stays darker than the one before, so a filled button still darkens on hover.
    const belowPrevious = darker(readable[shade - 1] ?? color, 0.9)
    if (shade > 6 && luminance(belowPrevious) < luminance(color)) color = belowPrevious
    while (backgrounds.some((background) => contrast(color, background) < minimumContrast + 0.1)) {
      color = darker(color, 0.97)
    }
    readable[shade] = color
  }
  return readable as unknown as MantineColorsTuple
}

const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, shades]) => [
    name,
    name === 'dark' ? shades : readableShades(shades),
  ]),
)

/**
 * Codes are set in monospace (ticket, invoice and order numbers, SKUs, IMEIs) and read as one word:
 * a narrow column must not break "SC01-000066" after its dash.
 */
const codesStayWhole = (_theme: unknown, props: { ff?: unknown }) => ({
  root: props.ff === 'monospace' ? { whiteSpace: 'nowrap' as const } : {},
})

export const theme = createTheme({
  primaryColor: 'teal',
  colors,
  defaultRadius: 'sm',
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', 'Noto Sans SC', 'Noto Sans TC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  headings: { fontWeight: '600' },
  components: {
    Text: Text.extend({ styles: codesStayWhole }),
    Anchor: Anchor.extend({ styles: codesStayWhole }),
    Title: Title.extend({ styles: codesStayWhole }),
    // A badge is a word or two: in a crowded row or a narrow column it keeps its width instead of
    // shrinking to "RECEIV…" (its label is a grid item, which may otherwise shrink to nothing).
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content', flexShrink: 0 } } }),
  },
})

/**
 * A placeholder that stands for a value ("any time" in an empty date range) is read as text: it takes
 * the readable grey of dimmed text instead of Mantine's grey 5 (2.07:1 on white).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-placeholder': 'var(--mantine-color-gray-6)' },
  dark: {},
})
