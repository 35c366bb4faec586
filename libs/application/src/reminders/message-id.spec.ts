import { messageIdDomain, reminderMessageId } from './message-id';

describe('Message-ID', () => {
  it('is the same for the same rows, whatever their order, and differs otherwise', () => {
    expect(reminderMessageId(['a1'], 'ville.fr')).toBe('<reminder.a1@ville.fr>');
    expect(reminderMessageId(['b', 'a'], 'ville.fr')).toBe(reminderMessageId(['a', 'b'], 'ville.fr'));
    expect(reminderMessageId(['a', 'b'], 'ville.fr')).not.toBe(reminderMessageId(['a', 'c'], 'ville.fr'));
  });

  it.each([
    ['https://passerelle.ville.fr', 'passerelle.ville.fr'],
    ['http://localhost:3000', 'localhost.localhost'],
    ['https://user@Passerelle.Example:8443/app', 'passerelle.example'],
  ])('takes its host from %s', (url, host) => {
    expect(messageIdDomain(url)).toBe(host);
  });
});
