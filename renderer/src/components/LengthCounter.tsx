import { Text, Textarea, type TextareaProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'

/** Shown from this share of a field's limit on: early enough to shorten, late enough to stay quiet. */
const nearShare = 0.8

/**
 * "812 / 1000" under a long text field once its limit nears, red with what to cut once over it,
 * so a clerk learns the limit before saving (the door refuses longer text; the field never cuts it).
 */
export function LengthCounter({ value, max, testId }: { value: string; max: number; testId?: string }) {
  const { t, i18n } = useTranslation('common')
  // The contract trims before it counts.
  const count = value.trim().length
  if (count < max * nearShare) return null
  const number = (figure: number) => figure.toLocaleString(i18n.language)
  const over = count - max
  return (
    <Text
      size="xs"
      ta="right"
      mt={4}
      c={over > 0 ? 'red.8' : 'dimmed'}
      aria-live="polite"
      data-testid={testId ?? 'length-counter'}
    >
      {over > 0
        ? t('length.over', { count: number(count), max: number(max), over: number(over) })
        : t('length.counter', { count: number(count), max: number(max) })}
    </Text>
  )
}

/** The limit of a contract's text field (`optionalText(1000)`, with a default or without). */
export function textLimit(field: z.ZodString | z.ZodDefault<z.ZodString>): number {
  const text = field instanceof z.ZodDefault ? field.unwrap() : field
  return text.maxLength ?? Number.POSITIVE_INFINITY
}

/** A Mantine Textarea with the length counter under it. */
export function CountedTextarea({ max, ...props }: TextareaProps & { max: number }) {
  const testId = (props as { 'data-testid'?: string })['data-testid']
  return (
    <div>
      <Textarea {...props} />
      <LengthCounter
        value={typeof props.value === 'string' ? props.value : ''}
        max={max}
        {...(testId ? { testId: `${testId}-length` } : {})}
      />
    </div>
  )
}
