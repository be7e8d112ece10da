/**
 * Realistic Telegram update JSON for tests, shaped like what the Bot API delivers (ids, dates,
 * entities), with increasing update_id across the whole test file.
 */
import type { Chat, Message, Update, User, UserFromGetMe } from 'grammy/types';

export const TEST_BOT_INFO: UserFromGetMe = {
  id: 7_000_000_001,
  is_bot: true,
  first_name: 'dika',
  username: 'dika_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export const TEST_USER: User = {
  id: 555_000_111,
  is_bot: false,
  first_name: 'Sari',
  last_name: 'Wulandari',
  language_code: 'id',
};

/** Another person, e.g. for spoofed contacts or a second employee. */
export function testUser(overrides: Partial<User> = {}): User {
  return { ...TEST_USER, id: 555_000_222, first_name: 'Budi', last_name: 'Santoso', ...overrides };
}

/** The private chat with a user has the user's id. */
export function privateChat(user: User = TEST_USER): Chat.PrivateChat {
  return {
    id: user.id,
    type: 'private',
    first_name: user.first_name,
    ...(user.last_name ? { last_name: user.last_name } : {}),
  };
}

export const TEST_GROUP: Chat.SupergroupChat = {
  id: -1_001_234_567_890,
  type: 'supergroup',
  title: 'Biro SDM',
};

let updateId = 800_000_000;
let messageId = 1_000;
export const nextUpdateId = () => ++updateId;
const now = () => Math.floor(Date.now() / 1000);

export interface MessageOptions {
  from?: User;
  chat?: Chat;
}

function message(fields: Partial<Message>, options: MessageOptions = {}): Update {
  const from = options.from ?? TEST_USER;
  const chat = options.chat ?? privateChat(from);
  return {
    update_id: nextUpdateId(),
    message: { message_id: ++messageId, from, chat, date: now(), ...fields } as NonNullable<
      Update['message']
    >,
  };
}

export function textMessage(text: string, options?: MessageOptions): Update {
  return message({ text }, options);
}

/**
 * A message the person edited after sending it: Telegram delivers the whole message again, with
 * its original id and date and an `edit_date`, as `edited_message`. Pass `location` for the
 * edits a live location sends every few seconds.
 */
export function editedTextMessage(
  text: string,
  options: MessageOptions & { messageId?: number; location?: { latitude: number; longitude: number } } = {},
): Update {
  const from = options.from ?? TEST_USER;
  const chat = options.chat ?? privateChat(from);
  const sent = now() - 120;
  const content = options.location
    ? { location: { ...options.location, live_period: 900 } }
    : {
        text,
        ...(text.startsWith('/')
          ? { entities: [{ type: 'bot_command' as const, offset: 0, length: text.split(' ')[0]!.length }] }
          : {}),
      };
  return {
    update_id: nextUpdateId(),
    edited_message: {
      message_id: options.messageId ?? ++messageId,
      from,
      chat,
      date: sent,
      edit_date: now(),
      ...content,
    } as NonNullable<Update['edited_message']>,
  };
}

/** `/start abc` → text with a bot_command entity over `/start`, as Telegram sends it. */
export function commandMessage(command: string, payload?: string, options?: MessageOptions): Update {
  const head = `/${command}`;
  return message(
    {
      text: payload ? `${head} ${payload}` : head,
      entities: [{ type: 'bot_command', offset: 0, length: head.length }],
    },
    options,
  );
}

/** A press on an inline button of a message the bot sent earlier. */
export function callbackQuery(
  data: string,
  options: MessageOptions & { messageId?: number; messageText?: string } = {},
): Update {
  const from = options.from ?? TEST_USER;
  const chat = options.chat ?? privateChat(from);
  return {
    update_id: nextUpdateId(),
    callback_query: {
      id: `${from.id}${++messageId}`,
      from,
      chat_instance: `-${chat.id}42`,
      data,
      message: {
        message_id: options.messageId ?? ++messageId,
        from: TEST_BOT_INFO,
        chat,
        date: now() - 60,
        text: options.messageText ?? 'Pilih salah satu:',
        reply_markup: { inline_keyboard: [[{ text: 'OK', callback_data: data }]] },
      } as Message,
    },
  };
}

export function documentMessage(
  options: MessageOptions & {
    fileName?: string;
    mimeType?: string;
    fileSize?: number;
    caption?: string;
  } = {},
): Update {
  const id = ++messageId;
  return message(
    {
      document: {
        file_id: `BQACAgUAAx${id}`,
        file_unique_id: `AgAD${id}`,
        file_name: options.fileName ?? 'laporan.pdf',
        mime_type: options.mimeType ?? 'application/pdf',
        file_size: options.fileSize ?? 182_044,
      },
      ...(options.caption ? { caption: options.caption } : {}),
    },
    options,
  );
}

export function photoMessage(options: MessageOptions & { caption?: string } = {}): Update {
  const id = ++messageId;
  const size = (w: number, h: number, bytes: number) => ({
    file_id: `AgACAgUAAx${id}_${w}`,
    file_unique_id: `AQAD${id}_${w}`,
    width: w,
    height: h,
    file_size: bytes,
  });
  return message(
    {
      photo: [size(90, 67, 1_402), size(320, 240, 18_911), size(1280, 960, 160_233)],
      ...(options.caption ? { caption: options.caption } : {}),
    },
    options,
  );
}

/** A shared contact; `userId: null` leaves user_id out (a contact card typed in by hand). */
export function contactMessage(
  contact: { phone: string; userId?: number | null; firstName?: string },
  options?: MessageOptions,
): Update {
  const from = options?.from ?? TEST_USER;
  const userId = contact.userId === undefined ? from.id : contact.userId;
  return message(
    {
      contact: {
        phone_number: contact.phone,
        first_name: contact.firstName ?? from.first_name,
        ...(userId !== null ? { user_id: userId } : {}),
      },
    },
    { ...options, from },
  );
}

/** A message in a group; pass `command` for `/checkin` (optionally `@bot`) with its entity. */
export function groupMessage(text: string, options: MessageOptions & { command?: boolean } = {}): Update {
  const chat = options.chat ?? TEST_GROUP;
  const entities = options.command
    ? [{ type: 'bot_command' as const, offset: 0, length: text.split(' ')[0]!.length }]
    : [...text.matchAll(/@\w+/g)].map((m) => ({
        type: 'mention' as const,
        offset: m.index,
        length: m[0].length,
      }));
  return message({ text, ...(entities.length > 0 ? { entities } : {}) }, { ...options, chat });
}
