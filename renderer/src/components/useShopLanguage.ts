import { useEffect, useState } from 'react'
import type { Settings } from '../../../shared/contract'
import { detectLocale, setLocale } from '../i18n'

/**
 * Follows the shop's language setting, or the computer's when the shop has none. The app's layout
 * and the receipt view (outside the layout, and alone in a hidden window when the desktop app prints)
 * both use it. True once the language is in place.
 */
export function useShopLanguage(settings: Settings | undefined): boolean {
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
