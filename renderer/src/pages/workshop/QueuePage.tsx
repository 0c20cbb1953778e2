/** A technician's queue. */
export function QueuePage() {
  return null
}
