import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { locales, type Locale, messageTemplateSaveSchema } from '../../../../shared/contract'
import { messageVariables, unknownVariables } from '../../../../shared/domain/messages'
import { ticketStatuses, type TicketStatus } from '../../../../shared/domain/status'
import { useApi, useApiMutation } from '../../api/hooks'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { useErrorText } from '../../components/errors'
import { CountedTextarea, textLimit } from '../../components/LengthCounter'

/** The variables a message may use; a click puts one in at the cursor. */
function VariableList({ onInsert }: { onInsert: (name: string) => void }) {
  const { t } = useTranslation('messages')
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('templates.variables')}
      </Text>
      <Group gap={6}>
        {messageVariables.map((name) => (
          <Tooltip key={name} label={t(`variables.${name}`)}>
            <UnstyledButton onClick={() => onInsert(name)} data-testid={`template-variable-${name}`}>
              <Badge variant="light" tt="none" ff="monospace" style={{ cursor: 'pointer' }}>
                {`{${name}}`} · {t(`variables.${name}`)}
              </Badge>
            </UnstyledButton>
          </Tooltip>
        ))}
      </Group>
    </Stack>
  )
}

/**
 * The messages the counter copies to customers, per status and language: the shipped wording until
 * the owner writes their own, and back to it with "reset".
 */
export function MessageTemplatesCard() {
  const { t, i18n } = useTranslation('messages')
  const errorText = useErrorText()
  const templates = useApi('messages.templates', {})
  const save = useApiMutation('messages.saveTemplate')
  const [status, setStatus] = useState<TicketStatus>('ready_for_pickup')
  const [locale, setLocale] = useState<Locale>(locales.find((known) => known === i18n.language) ?? 'zh-CN')
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const textarea = useRef<HTMLTextAreaElement>(null)

  if (templates.isPending) return <PageLoader />
  if (templates.isError)
    return <LoadFailed error={templates.error} onRetry={() => void templates.refetch()} />
  const key = `${status}/${locale}`
  const current = templates.data.find((template) => template.status === status && template.locale === locale)
  const body = drafts[key] ?? current?.body ?? ''
  const changed = current !== undefined && body !== current.body
  const unknown = unknownVariables(body)
  const setBody = (value: string) => setDrafts((all) => ({ ...all, [key]: value }))

  const insert = (name: string) => {
    const element = textarea.current
    const at = element?.selectionStart ?? body.length
    const end = element?.selectionEnd ?? at
    setBody(`${body.slice(0, at)}{${name}}${body.slice(end)}`)
    requestAnimationFrame(() => {
      element?.focus()
      element?.setSelectionRange(at + name.length + 2, at + name.length + 2)
    })
  }
  const store = (text: string) => {
    save.mutate(
      { status, locale, body: text },
      {
        onSuccess: () => {
          setDrafts(({ [key]: _dropped, ...rest }) => rest)
          notifications.show({
            color: 'green',
            message: t(text.trim() === '' ? 'templates.reset' : 'templates.saved'),
          })
        },
      },
    )
  }

  return (
    <Card withBorder data-testid="message-templates">
      <Stack>
        <div>
          <Title order={2} size="h4">
            {t('templates.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('templates.intro')}
          </Text>
        </div>
        <Group align="flex-end">
          <Select
            label={t('templates.status')}
            data={ticketStatuses.map((value) => ({ value, label: t(`common:status.${value}`) }))}
            value={status}
            onChange={(value) => setStatus(ticketStatuses.find((known) => known === value) ?? status)}
            allowDeselect={false}
            w={220}
            data-testid="template-status"
          />
          <SegmentedControl
            aria-label={t('templates.language')}
            value={locale}
            onChange={(value) => setLocale(locales.find((known) => known === value) ?? locale)}
            data={locales.map((value) => ({ value, label: t(`common:language.${value}`) }))}
            data-testid="template-language"
          />
          {current && (
            <Badge
              color={current.builtIn ? 'gray' : 'blue'}
              variant="light"
              mb={6}
              data-testid="template-kind"
            >
              {t(current.builtIn ? 'templates.builtIn' : 'templates.custom')}
            </Badge>
          )}
        </Group>
        <CountedTextarea
          max={textLimit(messageTemplateSaveSchema.shape.body)}
          ref={textarea}
          label={t('templates.body')}
          autosize
          minRows={3}
          maxRows={10}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          data-testid="template-body"
        />
        {unknown.length > 0 && (
          <Alert color="orange" data-testid="template-unknown">
            {t('templates.unknownVariables', { names: unknown.map((name) => `{${name}}`).join(' ') })}
          </Alert>
        )}
        <VariableList onInsert={insert} />
        {save.isError && <Alert color="red">{errorText(save.error)}</Alert>}
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => store('')}
            disabled={current?.builtIn !== false}
            loading={save.isPending}
            data-testid="template-reset"
          >
            {t('templates.resetButton')}
          </Button>
          <Button
            onClick={() => store(body)}
            disabled={!changed}
            loading={save.isPending}
            data-testid="template-save"
          >
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}
