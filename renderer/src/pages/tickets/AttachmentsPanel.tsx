import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Center,
  FileButton,
  Group,
  Image,
  Loader,
  Modal,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useState, type ComponentProps, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  attachmentTypes,
  isAttachmentType,
  maxAttachmentBytes,
  type TicketDetail,
} from '../../../../shared/contract'
import type { MethodOutput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { useApi, useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { useFormat } from '../../components/format'

type Attachment = MethodOutput<'attachments.list'>[number]
type Visibility = 'internal' | 'customer'

const thumbnailSize = 240
const viewerHeight = '75vh'
const placeholderBackground = 'gray.1'
const emptyStyle = { border: '1px dashed var(--mantine-color-gray-4)', borderRadius: 4 }
const draggingStyle = { borderStyle: 'dashed', borderColor: 'var(--mantine-color-blue-6)' }
const inputProps = { 'data-testid': 'attachment-input' } as ComponentProps<'input'>
const accept = Object.keys(attachmentTypes).join(',')

/** The file's bytes as base64, read by the browser itself (fast for a 10 MB photo). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve((reader.result as string).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'))
    reader.readAsDataURL(file)
  })
}

/**
 * A JPEG of at most 240 px a side, drawn here so the core never decodes images. null for files
 * that are not images, or images the browser cannot decode (HEIC): they are kept without one.
 */
async function makeThumbnail(file: File): Promise<string | null> {
  if (!file.type.startsWith('image/')) return null
  try {
    const bitmap = await createImageBitmap(file)
    const scale = Math.min(1, thumbnailSize / Math.max(bitmap.width, bitmap.height))
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(bitmap.width * scale))
    canvas.height = Math.max(1, Math.round(bitmap.height * scale))
    const context = canvas.getContext('2d')
    if (!context) return null
    // JPEG has no transparency: a transparent PNG would turn black without a white ground.
    context.fillStyle = '#fff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    bitmap.close()
    return canvas.toDataURL('image/jpeg', 0.8).replace(/^data:[^,]*,/, '')
  } catch {
    return null
  }
}

function base64Blob(dataBase64: string, mimeType: string): Blob {
  return new Blob([Uint8Array.from(atob(dataBase64), (char) => char.charCodeAt(0))], { type: mimeType })
}

/** Saves a PDF or text file through the browser's download. */
function download(file: { fileName: string; mimeType: string; dataBase64: string }): void {
  const url = URL.createObjectURL(base64Blob(file.dataBase64, file.mimeType))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The full photo, loaded when opened. */
function PhotoViewer({ attachment, onClose }: { attachment: Attachment | null; onClose: () => void }) {
  const errorText = useErrorText()
  const file = useApi('attachments.read', { id: attachment?.id ?? '' }, { enabled: attachment !== null })
  return (
    <Modal opened={attachment !== null} onClose={onClose} title={attachment?.fileName} size="xl" centered>
      {file.isError ? (
        <Alert color="red">{errorText(file.error)}</Alert>
      ) : file.data ? (
        <Image
          src={`data:${file.data.mimeType};base64,${file.data.dataBase64}`}
          alt={file.data.fileName}
          fit="contain"
          mah={viewerHeight}
          data-testid="attachment-full"
        />
      ) : (
        <Center h={200}>
          <Loader />
        </Center>
      )}
    </Modal>
  )
}

function AttachmentTile({ attachment, onOpen }: { attachment: Attachment; onOpen: () => void }) {
  const { t } = useTranslation('messages')
  const format = useFormat()
  const extension = isAttachmentType(attachment.mimeType) ? attachmentTypes[attachment.mimeType] : ''
  return (
    <Card withBorder padding="xs" data-testid="attachment" data-file-name={attachment.fileName}>
      <Card.Section>
        <UnstyledButton
          onClick={onOpen}
          w="100%"
          aria-label={t('attachments.open', { name: attachment.fileName })}
        >
          {attachment.thumbnail ? (
            <Image
              src={attachment.thumbnail}
              alt={attachment.fileName}
              h={120}
              fit="cover"
              data-testid="attachment-thumbnail"
            />
          ) : (
            <Center h={120} bg={placeholderBackground}>
              <Text fw={700} c="dimmed" size="xl">
                {extension.replace('.', '').toUpperCase() || t('attachments.file')}
              </Text>
            </Center>
          )}
        </UnstyledButton>
      </Card.Section>
      <Text size="sm" fw={500} mt="xs" truncate="end" title={attachment.fileName}>
        {attachment.fileName}
      </Text>
      <Text size="xs" c="dimmed">
        {format.dateTime(attachment.createdAt)} · {attachment.createdByName}
      </Text>
      <Badge
        mt={4}
        size="xs"
        variant={attachment.visibility === 'customer' ? 'light' : 'outline'}
        color={attachment.visibility === 'customer' ? 'teal' : 'gray'}
      >
        {t(`attachments.visibility.${attachment.visibility}`)}
      </Badge>
    </Card>
  )
}

/** Sends picked or dropped files one by one; refuses what the core would refuse before uploading it. */
function useUpload(ticketId: string, visibility: Visibility) {
  const { t } = useTranslation('messages')
  const errorText = useErrorText()
  const queryClient = useQueryClient()
  const add = useApiMutation('attachments.add')
  const [busy, setBusy] = useState(false)
  const refuse = (message: string) => notifications.show({ color: 'red', message })

  const upload = async (files: File[]) => {
    setBusy(true)
    try {
      for (const file of files) {
        if (!isAttachmentType(file.type)) {
          refuse(t('errors.fileTypeNamed', { name: file.name }))
          continue
        }
        if (file.size > maxAttachmentBytes) {
          refuse(t('errors.fileTooLargeNamed', { name: file.name, maxMb: maxAttachmentBytes / 1024 / 1024 }))
          continue
        }
        try {
          const [dataBase64, thumbnailBase64] = await Promise.all([readBase64(file), makeThumbnail(file)])
          await add.mutateAsync({
            ticketId,
            fileName: file.name,
            mimeType: file.type,
            dataBase64,
            thumbnailBase64,
            visibility,
          })
        } catch (error) {
          refuse(`${file.name}: ${errorText(error)}`)
        }
      }
    } finally {
      setBusy(false)
      // The attachment is on the ticket's timeline too.
      await queryClient.invalidateQueries({ queryKey: ['tickets.get'] })
    }
  }
  return { upload, busy }
}

/**
 * Photos and files on the ticket, as thumbnails: drop them on the panel or pick them (on a phone,
 * the button offers the camera). A photo opens full size; a PDF or text file downloads.
 */
export function AttachmentsPanel({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('messages')
  const errorText = useErrorText()
  const list = useApi('attachments.list', { ticketId: ticket.id })
  const [visibility, setVisibility] = useState<Visibility>('internal')
  const { upload, busy } = useUpload(ticket.id, visibility)
  const [dragging, setDragging] = useState(false)
  const [viewing, setViewing] = useState<Attachment | null>(null)

  const open = async (attachment: Attachment) => {
    if (
      attachment.mimeType.startsWith('image/') &&
      attachment.mimeType !== 'image/heic' &&
      attachment.mimeType !== 'image/heif'
    ) {
      setViewing(attachment)
      return
    }
    try {
      download(await call('attachments.read', { id: attachment.id }))
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error) })
    }
  }
  const drop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    void upload([...event.dataTransfer.files])
  }

  return (
    <Paper
      withBorder
      p="md"
      onDragOver={(event) => {
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      style={dragging ? draggingStyle : undefined}
      data-testid="attachments-panel"
    >
      <Group justify="space-between" mb="sm">
        <Text fw={600}>{t('attachments.title')}</Text>
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            aria-label={t('attachments.visibilityLabel')}
            value={visibility}
            onChange={(value) => setVisibility(value === 'customer' ? 'customer' : 'internal')}
            data={[
              { value: 'internal', label: t('attachments.visibility.internal') },
              { value: 'customer', label: t('attachments.visibility.customer') },
            ]}
          />
          <FileButton
            multiple
            accept={accept}
            onChange={(files) => void upload(files)}
            inputProps={inputProps}
          >
            {(props) => (
              <Button size="xs" loading={busy} {...props} data-testid="attachment-add">
                {t('attachments.add')}
              </Button>
            )}
          </FileButton>
        </Group>
      </Group>
      {list.isError ? (
        <Alert color="red">{errorText(list.error)}</Alert>
      ) : list.data && list.data.length > 0 ? (
        <SimpleGrid cols={{ base: 2, sm: 4, md: 5 }} spacing="sm">
          {list.data.map((attachment) => (
            <AttachmentTile
              key={attachment.id}
              attachment={attachment}
              onOpen={() => void open(attachment)}
            />
          ))}
        </SimpleGrid>
      ) : (
        <Box py="md" style={emptyStyle}>
          <Stack gap={2} align="center">
            <Text size="sm" c="dimmed">
              {list.isPending ? t('attachments.loading') : t('attachments.empty')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('attachments.hint', { maxMb: maxAttachmentBytes / 1024 / 1024 })}
            </Text>
          </Stack>
        </Box>
      )}
      <PhotoViewer attachment={viewing} onClose={() => setViewing(null)} />
    </Paper>
  )
}
