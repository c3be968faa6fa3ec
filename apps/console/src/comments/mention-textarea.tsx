import { Combobox, Group, Text, Textarea, useCombobox, type TextareaProps } from '@mantine/core';
import type { Role } from '@relais/web-graphql';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { insertMention, matchCandidates, mentionQueryAt, type MentionQuery } from './mentions';

export interface MentionableMember {
  userId: string;
  name: string;
  role: Role;
}

interface MentionTextareaProps extends Omit<TextareaProps, 'value' | 'onChange'> {
  value: string;
  onChange(value: string): void;
  members: readonly MentionableMember[];
  /** Called with each person picked from the suggestions. */
  onMention(member: MentionableMember): void;
}

const MAX_SUGGESTIONS = 8;

/** A text area where typing `@` suggests the people who can be mentioned; picking one writes `@Name`. */
export function MentionTextarea({ value, onChange, members, onMention, ...props }: MentionTextareaProps) {
  const { t } = useTranslation();
  const combobox = useCombobox();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const matches = query ? matchCandidates(members, query.query).slice(0, MAX_SUGGESTIONS) : [];

  const track = (text: string, caret: number) => {
    const next = mentionQueryAt(text, caret);
    setQuery(next);
    if (next && matchCandidates(members, next.query).length > 0) {
      combobox.openDropdown();
      combobox.updateSelectedOptionIndex();
      requestAnimationFrame(() => combobox.selectFirstOption());
    } else {
      combobox.closeDropdown();
    }
  };

  const pick = (userId: string) => {
    const member = members.find((entry) => entry.userId === userId);
    const textarea = ref.current;
    if (!member || !query || !textarea) return;
    const result = insertMention(value, query, textarea.selectionStart, member.name);
    onChange(result.text);
    onMention(member);
    setQuery(null);
    combobox.closeDropdown();
    requestAnimationFrame(() => {
      textarea.focus();
      textarea.setSelectionRange(result.caret, result.caret);
    });
  };

  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!combobox.dropdownOpened) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      combobox.selectNextOption();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      combobox.selectPreviousOption();
    } else if ((event.key === 'Enter' || event.key === 'Tab') && combobox.getSelectedOptionIndex() !== -1) {
      event.preventDefault();
      combobox.clickSelectedOption();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      combobox.closeDropdown();
      setQuery(null);
    }
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} position="bottom-start" withinPortal={false}>
      <Combobox.Target withKeyboardNavigation={false} withExpandedAttribute>
        <Textarea
          {...props}
          ref={ref}
          value={value}
          onChange={(event) => {
            onChange(event.currentTarget.value);
            track(event.currentTarget.value, event.currentTarget.selectionStart);
          }}
          onKeyDown={keyDown}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown aria-label={t('approval.comments.mentionSuggestions')}>
        <Combobox.Options>
          {matches.map((member) => (
            <Combobox.Option value={member.userId} key={member.userId}>
              <Group gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm">{member.name}</Text>
                <Text size="xs" c="dimmed">
                  {t(`roles.${member.role}`)}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
