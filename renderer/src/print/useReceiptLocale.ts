import { useEffect, useState } from 'react'
import type { Settings } from '../../../shared/contract'
import { detectLocale, setLocale } from '../i18n'

/**
 * Prints in the shop's language (or the computer's when the shop has none). The receipt view is
 * outside the app's layout, and the desktop app opens it in a fresh hidden window, so it applies
 * the language itself. True once the language is in place.
 */
export function useReceiptLocale(settings: Settings | undefined): boolean {
  const wanted = settings ? (settings.defaultLanguage ?? detectLocale(navigator.language)) : null
  const [applied, setApplied] = useState<string | null>(null)
  useEffect(() => {
    if (!wanted) return
    let cancelled = false
    void setLocale(wanted).then(() => {
      if (!cancelled) setApplied(wanted)
    })
    return () => {
      cancelled = true
    }
  }, [wanted])
  return wanted !== null && applied === wanted
}
