import { schemaResolver } from '@mantine/form'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

type Schema = Parameters<typeof schemaResolver>[0]

/**
 * A `@mantine/form` validator from a contract schema, so a form checks exactly what the door will
 * check, before the round trip. The schemas' messages are keys (`required`, `invalidPhone`...),
 * shown in the clerk's language like the server's field errors.
 */
export function useContractValidation(schema: Schema): (values: unknown) => Record<string, string> {
  const { t } = useTranslation('common')
  const resolve = useMemo(() => schemaResolver(schema, { sync: true }), [schema])
  return (values) =>
    Object.fromEntries(
      Object.entries(resolve(values)).map(([path, message]) => {
        const key = typeof message === 'string' && /^[a-zA-Z]+$/.test(message) ? message : 'invalid'
        return [path, t(`validation.${key}`, { defaultValue: t('validation.invalid') })]
      }),
    )
}
