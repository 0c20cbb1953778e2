import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { locales, messageChannels, type Locale, type TicketDetail } from '../../../../shared/contract'
import { useApi, useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'

type Channel = (typeof messageChannels)[number]

function asLocale(value: string | null | undefined): Locale | null {
  return locales.find((locale) => locale === value) ?? null
}

/**
 * The message itself: composed for the ticket's current status in the chosen language, editable,
 * copied to the clipboard for an SMS or chat app, then recorded as told. Mounted only while the
 * modal is open, so each opening starts from the ticket as it is now.
 */
function TellCustomerForm({ ticket, onDone }: { ticket: TicketDetail; onDone: () => void }) {
  const { t, i18n } = useTranslation('messages')
  const errorText = useErrorText()
  const queryClient = useQueryClient()
  const settings = useApi('settings.get', {})
  const [chosen, setChosen] = useState<Locale | null>(null)
  const locale = chosen ?? asLocale(settings.data?.defaultLanguage) ?? asLocale(i18n.language) ?? 'zh-CN'
  // gcTime 0: the text follows the ticket's status, which may have moved since the last opening.
  const composed = useApi('messages.compose', { ticketId: ticket.id, locale }, { gcTime: 0 })
  const [edited, setEdited] = useState<Partial<Record<Locale, string>>>({})
  const body = edited[locale] ?? composed.data?.body ?? ''
  const [channel, setChannel] = useState<Channel>('sms')
  const [copied, setCopied] = useState<'copied' | 'select' | null>(null)
  const textarea = useRef<HTMLTextAreaElement>(null)
  const told = useApiMutation('messages.recordTold')

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(body)
      setCopied('copied')
    } catch {
      // No clipboard permission (an old browser, plain http on the shop network): select the
      // text so Ctrl+C copies it.
      textarea.current?.focus()
      textarea.current?.select()
      setCopied('select')
    }
  }
  const markTold = () => {
    told.mutate(
      { ticketId: ticket.id, channel, body },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('tell.recorded') })
          // The message is on the ticket's timeline: the ticket itself has moved on.
          void queryClient.invalidateQueries({ queryKey: ['tickets.get'] })
          onDone()
        },
      },
    )
  }

  return (
    <Stack>
      <SegmentedControl
        aria-label={t('tell.language')}
        value={locale}
        onChange={(value) => {
          setChosen(asLocale(value))
          setCopied(null)
        }}
        data={locales.map((value) => ({ value, label: t(`common:language.${value}`) }))}
        data-testid="tell-language"
      />
      {composed.isError ? (
        <Alert color="red">{errorText(composed.error)}</Alert>
      ) : composed.isPending && edited[locale] === undefined ? (
        <Group justify="center" h={120}>
          <Loader />
        </Group>
      ) : (
        <Textarea
          ref={textarea}
          label={t('tell.text')}
          description={t('tell.textHint')}
          autosize
          minRows={4}
          maxRows={12}
          value={body}
          onChange={(event) => {
            const value = event.currentTarget.value
            setEdited((current) => ({ ...current, [locale]: value }))
            setCopied(null)
          }}
          data-testid="tell-text"
        />
      )}
      {settings.data?.phone === '' && (
        <Text size="sm" c="orange" data-testid="tell-no-phone">
          {t('tell.noShopPhone')}
        </Text>
      )}
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('tell.channel')}
          data={messageChannels.map((value) => ({ value, label: t(`channel.${value}`) }))}
          value={channel}
          onChange={(value) => setChannel(messageChannels.find((known) => known === value) ?? 'sms')}
          allowDeselect={false}
          w={180}
          data-testid="tell-channel"
        />
        <Button variant="light" onClick={() => void copy()} disabled={body === ''} data-testid="tell-copy">
          {copied === 'copied' ? t('tell.copied') : t('tell.copy')}
        </Button>
      </Group>
      {copied === 'select' && (
        <Text size="sm" c="orange" data-testid="tell-copy-fallback">
          {t('tell.copyByHand')}
        </Text>
      )}
      {told.isError && <Alert color="red">{errorText(told.error)}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common:actions.cancel')}
        </Button>
        <Button
          onClick={markTold}
          loading={told.isPending}
          disabled={body.trim() === ''}
          data-testid="tell-mark-told"
        >
          {t('tell.markTold')}
        </Button>
      </Group>
    </Stack>
  )
}

/** "Tell the customer": the status message to copy into SMS or a chat app, and the record that it went. */
export function TellCustomer({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('messages')
  const [opened, setOpened] = useState(false)
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)} data-testid="tell-customer">
        {t('tell.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('tell.title', { number: ticket.number })}
        size="lg"
        centered
      >
        {opened && <TellCustomerForm ticket={ticket} onDone={() => setOpened(false)} />}
      </Modal>
    </>
  )
}
