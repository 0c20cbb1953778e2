import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'

/** Turns an error from the api into a sentence in the clerk's language. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation('common')
  return (error) => {
    if (error instanceof ApiError) {
      return t(error.key, { ...error.detail, defaultValue: t(`errors.code.${error.code}`) })
    }
    return t('errors.internal')
  }
}

/**
 * Field messages for a form: `{ 'customer.name': 'required' }` becomes
 * `{ 'customer.name': 'Required' }`. `rename` maps the api's paths onto the form's own.
 */
export function useFieldErrors(): (
  error: unknown,
  rename?: (path: string) => string,
) => Record<string, string> {
  const { t } = useTranslation('common')
  return (error, rename = (path) => path) => {
    if (!(error instanceof ApiError)) return {}
    return Object.fromEntries(
      Object.entries(error.fields).map(([path, key]) => [
        rename(path),
        t(`validation.${key}`, { defaultValue: t('validation.invalid') }),
      ]),
    )
  }
}
