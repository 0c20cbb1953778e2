import { Button, Group, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/hooks'

const shownForMs = 15_000

/** The unlock code stays masked; revealing it is deliberate, recorded, and times out. */
export function UnlockCode({ ticketId, present }: { ticketId: string; present: boolean }) {
  const { t } = useTranslation('tickets')
  const reveal = useApiMutation('tickets.revealUnlockCode')
  const [code, setCode] = useState<string | null>(null)
  useEffect(() => {
    if (code === null) return
    const timer = setTimeout(() => setCode(null), shownForMs)
    return () => clearTimeout(timer)
  }, [code])

  if (!present) return <>{t('unlock.none')}</>
  return (
    <Group gap="xs">
      <Text ff="monospace" size="sm" data-testid="unlock-code">
        {code ?? '••••••'}
      </Text>
      {code === null ? (
        <Button
          size="compact-xs"
          variant="light"
          loading={reveal.isPending}
          onClick={() =>
            reveal.mutate({ id: ticketId }, { onSuccess: (result) => setCode(result.unlockCode) })
          }
          data-testid="unlock-reveal"
        >
          {t('unlock.reveal')}
        </Button>
      ) : (
        <Button size="compact-xs" variant="subtle" onClick={() => setCode(null)}>
          {t('unlock.hide')}
        </Button>
      )}
    </Group>
  )
}
