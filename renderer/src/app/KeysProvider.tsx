import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { classifyQuery } from '../../../shared/domain/search'
import { ApiError, call } from '../api/client'
import { useErrorText } from '../components/errors'
import { KeysContext, type Keys, type ScanHandler } from '../components/keys/KeysContext'
import { feedScanKey, idleScan } from '../components/keys/scanDetector'
import { ShortcutHelp } from './ShortcutHelp'

const notTyped = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'file',
  'range',
  'color',
  'image',
])

/** True when keys pressed now land in a text box, which handles its own Enter and scans. */
function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !notTyped.has(target.type) && !target.readOnly
  return target instanceof HTMLElement && target.isContentEditable
}

/**
 * The app shell's keys: a barcode scanner's input from any screen (never a press of the focused
 * button), leaving a screen only after asking when a form holds unsaved input, and the shortcut
 * help on ? or F12.
 */
export function KeysProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('keys')
  const navigate = useNavigate()
  const errorText = useErrorText()
  const { pathname } = useLocation()
  const here = useRef(pathname)
  useEffect(() => {
    here.current = pathname
  }, [pathname])
  const unsaved = useRef(new Set<object>())
  const targets = useRef<RefObject<ScanHandler>[]>([])
  // A scan on its way to the counter search, handed over when the search box appears.
  const pendingScan = useRef<string | null>(null)
  const [pending, setPending] = useState<string | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)

  const leaveTo = useCallback(
    (to: string) => {
      if (unsaved.current.size > 0 && to !== here.current) setPending(to)
      else void navigate(to)
    },
    [navigate],
  )
  const keys = useMemo<Keys>(
    () => ({
      addScanTarget: (handler) => {
        targets.current = [...targets.current, handler]
        const code = pendingScan.current
        if (code !== null) {
          pendingScan.current = null
          queueMicrotask(() => handler.current(code))
        }
        return () => {
          targets.current = targets.current.filter((target) => target !== handler)
        }
      },
      setUnsaved: (owner, dirty) => {
        if (dirty) unsaved.current.add(owner)
        else unsaved.current.delete(owner)
      },
      leaveTo,
      openHelp: () => setHelpOpen(true),
    }),
    [leaveTo],
  )

  // A scan made outside any text box: the screen's own scan box if it has one (the counter search is
  // one); else a ticket number opens its ticket, and anything else goes to the counter search.
  const routeScan = useRef<(code: string) => Promise<void>>(() => Promise.resolve())
  useEffect(() => {
    routeScan.current = async (code: string) => {
      const target = targets.current.at(-1)
      if (target) {
        target.current(code)
        return
      }
      if (classifyQuery(code) === 'ticket') {
        try {
          const ticket = await call('tickets.findByNumber', { number: code })
          leaveTo(`/tickets/${ticket.id}`)
          return
        } catch (error) {
          const notFound =
            error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION')
          if (!notFound) {
            notifications.show({ color: 'red', message: errorText(error) })
            return
          }
        }
      }
      pendingScan.current = code
      leaveTo('/')
    }
  })

  useEffect(() => {
    let scan = idleScan
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'F12') {
        event.preventDefault()
        setHelpOpen(true)
        return
      }
      if (isTyping(event.target)) {
        scan = idleScan
        return
      }
      const modified = event.ctrlKey || event.altKey || event.metaKey
      if (event.key === '?' && !modified) {
        setHelpOpen(true)
        return
      }
      const answer = feedScanKey(scan, { key: event.key, at: event.timeStamp, modified })
      scan = answer.state
      if (answer.verdict.kind === 'scan') {
        // Before the focused button sees the Enter: a scan must never press it.
        event.preventDefault()
        event.stopPropagation()
        void routeScan.current(answer.verdict.code)
      }
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])

  const stay = () => {
    pendingScan.current = null
    setPending(null)
  }
  const go = () => {
    if (pending === null) return
    setPending(null)
    void navigate(pending)
  }
  return (
    <KeysContext.Provider value={keys}>
      {children}
      <Modal opened={pending !== null} onClose={stay} title={t('leave.title')} centered>
        <Stack gap="md" data-testid="leave-confirm">
          <Text>{t('leave.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={stay} data-autofocus data-testid="leave-stay">
              {t('leave.stay')}
            </Button>
            <Button color="red" onClick={go} data-testid="leave-go">
              {t('leave.go')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ShortcutHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
    </KeysContext.Provider>
  )
}
