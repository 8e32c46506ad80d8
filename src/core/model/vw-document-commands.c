/* vw-document-commands.c: every change to a document is an undoable command
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A command records the old and the new state of exactly one thing (a field, a number of a
 * table, an item's presence in its list) or groups other commands. Undo applies it backwards.
 * A slider drag sends many changes of the same number: within the merge window they update the
 * command on top of the stack instead of pushing new ones, so one undo takes the whole drag back.
 */

#define G_LOG_DOMAIN "vw-document"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vw-document-private.h"

void
vw_command_free (gpointer data)
{
  VwCommand *cmd = data;

  g_free (cmd->label);
  g_clear_object (&cmd->item);
  vw_field_value_clear (&cmd->old_field);
  vw_field_value_clear (&cmd->new_field);
  g_free (cmd->key1);
  g_free (cmd->key2);
  g_clear_pointer (&cmd->children, g_ptr_array_unref);
  g_free (cmd);
}

static VwValueTable *
item_table (VwItem *item)
{
  if (VW_IS_VARIABLE (item))
    return vw_variable_get_values (VW_VARIABLE (item));
  if (VW_IS_SCENARIO (item))
    return vw_scenario_get_values (VW_SCENARIO (item));
  if (VW_IS_SNAPSHOT (item))
    return vw_snapshot_get_values (VW_SNAPSHOT (item));
  return NULL;
}

void
vw_command_apply (VwDocument *self,
                  VwCommand  *cmd,
                  gboolean    forward)
{
  switch (cmd->type)
    {
    case CMD_SET_FIELD:
      {
        guint n;
        const VwFieldInfo *fields = vw_item_get_fields (cmd->item, &n);

        if (vw_item_set_value (cmd->item, cmd->field, forward ? &cmd->new_field : &cmd->old_field))
          g_signal_emit (self, vw_document_signals[SIGNAL_ITEM_CHANGED], 0,
                         cmd->item, fields[cmd->field].name);
      }
      break;

    case CMD_SET_VALUE:
      {
        VwValueTable *table = item_table (cmd->item);
        gboolean present = forward ? cmd->has_new : cmd->had_old;
        double value = forward ? cmd->new_value : cmd->old_value;
        gboolean changed;

        if (present)
          changed = vw_value_table_set (table, cmd->key1, cmd->key2, value);
        else
          changed = vw_value_table_remove (table, cmd->key1, cmd->key2);
        if (changed)
          g_signal_emit (self, vw_document_signals[SIGNAL_VALUE_CHANGED], 0,
                         cmd->item, cmd->key1, cmd->key2);
      }
      break;

    case CMD_INSERT:
    case CMD_REMOVE:
      if ((cmd->type == CMD_INSERT) == forward)
        {
          vw_document_insert_raw (self, cmd->item, cmd->position);
          g_signal_emit (self, vw_document_signals[SIGNAL_ITEM_ADDED], 0, cmd->item);
        }
      else
        {
          vw_document_remove_raw (self, cmd->item);
          g_signal_emit (self, vw_document_signals[SIGNAL_ITEM_REMOVED], 0, cmd->item);
        }
      break;

    case CMD_GROUP:
      if (forward)
        for (guint i = 0; i < cmd->children->len; i++)
          vw_command_apply (self, g_ptr_array_index (cmd->children, i), TRUE);
      else
        for (guint i = cmd->children->len; i > 0; i--)
          vw_command_apply (self, g_ptr_array_index (cmd->children, i - 1), FALSE);
      break;

    default:
      g_assert_not_reached ();
    }
}

static gint64
now (VwDocument *self)
{
  return self->clock ? self->clock (self->clock_data) : g_get_monotonic_time ();
}

/* Do @top and @cmd change the same number or field (so that @cmd can replace @top's new
 * state)? A group folds into a group of the same label when each of its changes is alike one
 * of the earlier group's and all are numbers: a slider that moves two numbers together (the
 * value split and the price) is one step too, even when one of them happens not to change. */
static VwCommand *find_alike_child (VwCommand *group,
                                    VwCommand *cmd);

static gboolean
commands_alike (VwCommand *top,
                VwCommand *cmd)
{
  if (top->type != cmd->type || top->item != cmd->item)
    return FALSE;

  switch (cmd->type)
    {
    case CMD_SET_FIELD:
      return top->field == cmd->field;
    case CMD_SET_VALUE:
      return strcmp (top->key1, cmd->key1) == 0 && strcmp (top->key2, cmd->key2) == 0;
    case CMD_GROUP:
      if (g_strcmp0 (top->label, cmd->label) != 0)
        return FALSE;
      for (guint i = 0; i < cmd->children->len; i++)
        if (find_alike_child (top, g_ptr_array_index (cmd->children, i)) == NULL)
          return FALSE;
      return TRUE;
    default:
      return FALSE;
    }
}

static VwCommand *
find_alike_child (VwCommand *group,
                  VwCommand *cmd)
{
  /* Only numbers (a drag) fold: two edits of texts or lists stay two steps. */
  if (cmd->type != CMD_SET_VALUE)
    return NULL;
  for (guint i = 0; i < group->children->len; i++)
    if (commands_alike (g_ptr_array_index (group->children, i), cmd))
      return g_ptr_array_index (group->children, i);
  return NULL;
}

/* Gives @top the new state of the alike @cmd. */
static void
fold_command (VwCommand *top,
              VwCommand *cmd)
{
  switch (cmd->type)
    {
    case CMD_SET_FIELD:
      vw_field_value_clear (&top->new_field);
      vw_field_value_copy (&cmd->new_field, &top->new_field);
      break;
    case CMD_SET_VALUE:
      top->has_new = cmd->has_new;
      top->new_value = cmd->new_value;
      break;
    case CMD_GROUP:
      for (guint i = 0; i < cmd->children->len; i++)
        {
          VwCommand *child = g_ptr_array_index (cmd->children, i);

          fold_command (find_alike_child (top, child), child);
        }
      break;
    default:
      g_assert_not_reached ();
    }
  top->time = cmd->time;
}

/* Can @cmd be folded into the command on top of the undo stack (a slider drag)? */
static gboolean
try_merge (VwDocument *self,
           VwCommand  *cmd)
{
  VwCommand *top;

  if (self->merge_broken || self->groups->len > 0 || self->undo->len == 0)
    return FALSE;
  /* Never fold into the saved state: the document must become dirty again. */
  if ((int) self->undo->len == self->save_point)
    return FALSE;

  top = g_ptr_array_index (self->undo, self->undo->len - 1);
  if (cmd->time - top->time > self->merge_window || !commands_alike (top, cmd))
    return FALSE;

  fold_command (top, cmd);
  return TRUE;
}

/* Applies @cmd and records it (takes ownership). */
static void
push (VwDocument *self,
      VwCommand  *cmd)
{
  gboolean was_dirty = vw_document_get_dirty (self);
  gboolean could_undo = vw_document_can_undo (self);
  gboolean could_redo = vw_document_can_redo (self);

  cmd->time = now (self);
  vw_command_apply (self, cmd, TRUE);

  if (self->groups->len > 0)
    {
      VwCommand *group = g_ptr_array_index (self->groups, self->groups->len - 1);

      g_ptr_array_add (group->children, cmd);
      return;
    }

  if (self->redo->len > 0)
    {
      g_ptr_array_set_size (self->redo, 0);
      /* The saved state was in the redo stack: it can never be reached again. */
      if (self->save_point > (int) self->undo->len)
        self->save_point = -1;
    }

  if (try_merge (self, cmd))
    vw_command_free (cmd);
  else
    g_ptr_array_add (self->undo, cmd);
  self->merge_broken = FALSE;

  vw_document_notify_history (self, was_dirty, could_undo, could_redo);
}

static VwCommand *
command_new (CommandType  type,
             VwItem      *item,
             char        *label)
{
  VwCommand *cmd = g_new0 (VwCommand, 1);

  cmd->type = type;
  cmd->item = item ? g_object_ref (item) : NULL;
  cmd->label = label;

  return cmd;
}

static gboolean
check_editable (VwDocument *self)
{
  /* The UI disables editing of a read-only document; a call anyway is a programming error. */
  g_return_val_if_fail (!self->read_only, FALSE);

  return TRUE;
}

static char *
field_label (VwItem            *item,
             const VwFieldInfo *f)
{
  const char *name = vw_item_get_display_name (item);

  if (VW_IS_META (item))
    return g_strdup_printf (_("Change %s"), _(f->label));
  if (VW_IS_STAKEHOLDER (item) && (strcmp (f->name, "influence") == 0
                                   || strcmp (f->name, "attitude") == 0))
    return g_strdup_printf (_("Move %s"), name);
  if (VW_IS_VALUE_ELEMENT (item) && strcmp (f->name, "selected") == 0)
    return g_strdup_printf (vw_item_get_bool (item, "selected") ? _("Deselect %s") : _("Select %s"),
                            name);

  return g_strdup_printf (_("Change %s of %s"), _(f->label), name);
}

static gboolean
set_field (VwDocument         *self,
           VwItem             *item,
           const char         *field,
           const VwFieldValue *value)
{
  const VwFieldInfo *fields;
  VwCommand *cmd;
  guint n;
  int i;

  g_return_val_if_fail (VW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (VW_IS_ITEM (item), FALSE);
  if (!check_editable (self))
    return FALSE;

  i = vw_item_find_field (item, field);
  g_return_val_if_fail (i >= 0, FALSE);
  fields = vw_item_get_fields (item, &n);

  if (vw_field_value_equal (fields[i].type, vw_item_peek_value (item, i), value))
    return FALSE;

  cmd = command_new (CMD_SET_FIELD, item, field_label (item, &fields[i]));
  cmd->field = i;
  vw_field_value_copy (vw_item_peek_value (item, i), &cmd->old_field);
  vw_field_value_copy (value, &cmd->new_field);
  push (self, cmd);

  return TRUE;
}

/**
 * vw_document_set_string:
 * @item: an item of @self, or its #VwMeta
 * @value: (nullable): the new text, %NULL to unset
 *
 * Returns: whether the document changed (one undo step, or folded into the previous one).
 */
gboolean
vw_document_set_string (VwDocument *self,
                        VwItem     *item,
                        const char *field,
                        const char *value)
{
  g_autofree char *clean = vw_text_sanitize (value);
  VwFieldValue v = { .set = value != NULL, .s = clean };

  return set_field (self, item, field, &v);
}

gboolean
vw_document_set_int (VwDocument *self,
                     VwItem     *item,
                     const char *field,
                     gint64      value)
{
  VwFieldValue v = { .set = TRUE, .i = value };

  return set_field (self, item, field, &v);
}

gboolean
vw_document_set_double (VwDocument *self,
                        VwItem     *item,
                        const char *field,
                        double      value)
{
  VwFieldValue v = { .set = TRUE, .d = value };

  g_return_val_if_fail (isfinite (value), FALSE);

  return set_field (self, item, field, &v);
}

gboolean
vw_document_set_bool (VwDocument *self,
                      VwItem     *item,
                      const char *field,
                      gboolean    value)
{
  VwFieldValue v = { .set = TRUE, .i = value ? 1 : 0 };

  return set_field (self, item, field, &v);
}

gboolean
vw_document_set_strv (VwDocument         *self,
                      VwItem             *item,
                      const char         *field,
                      const char * const *value)
{
  VwFieldValue v = { .set = value != NULL, .v = (char **) value };

  return set_field (self, item, field, &v);
}

gboolean
vw_document_unset (VwDocument *self,
                   VwItem     *item,
                   const char *field)
{
  VwFieldValue v = { 0 };

  return set_field (self, item, field, &v);
}

static gboolean
set_table_value (VwDocument *self,
                 VwItem     *item,
                 const char *key1,
                 const char *key2,
                 gboolean    present,
                 double      value,
                 char       *label)
{
  VwValueTable *table = item_table (item);
  VwCommand *cmd;
  double old = 0.0;
  gboolean had;

  had = vw_value_table_lookup (table, key1, key2, &old);
  if ((!had && !present) || (had && present && memcmp (&old, &value, sizeof old) == 0))
    {
      g_free (label);
      return FALSE;
    }

  cmd = command_new (CMD_SET_VALUE, item, label);
  cmd->key1 = g_strdup (key1);
  cmd->key2 = g_strdup (key2);
  cmd->had_old = had;
  cmd->old_value = old;
  cmd->has_new = present;
  cmd->new_value = value;
  push (self, cmd);

  return TRUE;
}

/**
 * vw_document_set_input:
 * @alternative: (nullable): an alternative's id, or %NULL / "" for every alternative
 *
 * Sets an input of @variable: "Change Fuel price". Consecutive calls for the same input within
 * the merge window are one undo step.
 */
gboolean
vw_document_set_input (VwDocument *self,
                       VwVariable *variable,
                       const char *alternative,
                       double      value)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (VW_IS_VARIABLE (variable), FALSE);
  g_return_val_if_fail (isfinite (value), FALSE);
  if (!check_editable (self))
    return FALSE;

  return set_table_value (self, VW_ITEM (variable), alternative ? alternative : "",
                          VW_VARIABLE_INPUT, TRUE, value,
                          g_strdup_printf (_("Change %s"),
                                           vw_item_get_display_name (VW_ITEM (variable))));
}

gboolean
vw_document_unset_input (VwDocument *self,
                         VwVariable *variable,
                         const char *alternative)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (VW_IS_VARIABLE (variable), FALSE);
  if (!check_editable (self))
    return FALSE;

  return set_table_value (self, VW_ITEM (variable), alternative ? alternative : "",
                          VW_VARIABLE_INPUT, FALSE, 0.0,
                          g_strdup_printf (_("Clear %s"),
                                           vw_item_get_display_name (VW_ITEM (variable))));
}

gboolean
vw_document_set_override (VwDocument *self,
                          VwScenario *scenario,
                          const char *variable,
                          const char *alternative,
                          double      value)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (VW_IS_SCENARIO (scenario), FALSE);
  g_return_val_if_fail (variable != NULL, FALSE);
  g_return_val_if_fail (isfinite (value), FALSE);
  if (!check_editable (self))
    return FALSE;

  return set_table_value (self, VW_ITEM (scenario), variable, alternative ? alternative : "",
                          TRUE, value,
                          g_strdup_printf (_("Change %s in %s"), variable,
                                           vw_item_get_display_name (VW_ITEM (scenario))));
}

gboolean
vw_document_unset_override (VwDocument *self,
                            VwScenario *scenario,
                            const char *variable,
                            const char *alternative)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (VW_IS_SCENARIO (scenario), FALSE);
  if (!check_editable (self))
    return FALSE;

  return set_table_value (self, VW_ITEM (scenario), variable, alternative ? alternative : "",
                          FALSE, 0.0,
                          g_strdup_printf (_("Remove %s from %s"), variable,
                                           vw_item_get_display_name (VW_ITEM (scenario))));
}

void
vw_document_begin_group (VwDocument *self,
                         const char *label)
{
  VwCommand *group;

  g_return_if_fail (VW_IS_DOCUMENT (self));

  group = command_new (CMD_GROUP, NULL, g_strdup (label));
  group->children = g_ptr_array_new_with_free_func (vw_command_free);
  g_ptr_array_add (self->groups, group);
}

void
vw_document_end_group (VwDocument *self)
{
  VwCommand *group;
  gboolean was_dirty, could_undo, could_redo;

  g_return_if_fail (VW_IS_DOCUMENT (self));
  g_return_if_fail (self->groups->len > 0);

  group = g_ptr_array_steal_index (self->groups, self->groups->len - 1);
  if (group->children->len == 0)
    {
      vw_command_free (group);
      return;
    }

  if (self->groups->len > 0)
    {
      VwCommand *outer = g_ptr_array_index (self->groups, self->groups->len - 1);

      g_ptr_array_add (outer->children, group);
      return;
    }

  was_dirty = vw_document_get_dirty (self);
  could_undo = vw_document_can_undo (self);
  could_redo = vw_document_can_redo (self);
  if (self->redo->len > 0)
    {
      g_ptr_array_set_size (self->redo, 0);
      if (self->save_point > (int) self->undo->len)
        self->save_point = -1;
    }
  group->time = now (self);
  if (try_merge (self, group))
    vw_command_free (group);
  else
    g_ptr_array_add (self->undo, group);
  self->merge_broken = FALSE;
  vw_document_notify_history (self, was_dirty, could_undo, could_redo);
}

static gboolean
references (const VwFieldInfo *f,
            const VwFieldValue *v,
            VwItemKind          kind,
            const char         *id)
{
  if (!v->set || f->ref_kind != kind)
    return FALSE;
  if (f->type == VW_FIELD_REF)
    return g_strcmp0 (v->s, id) == 0;
  if (f->type == VW_FIELD_REFS)
    return v->v != NULL && g_strv_contains ((const char * const *) v->v, id);
  return FALSE;
}

/* Drops every reference to @item, so that the saved file never names a missing item. */
static void
unlink_references (VwDocument *self,
                   VwItem     *item)
{
  VwItemKind kind = vw_item_get_kind (item);
  const char *id = vw_item_get_id (item);

  for (guint k = 0; k < VW_ITEM_N_KINDS; k++)
    {
      guint n_items = k == VW_ITEM_META ? 1 : g_list_model_get_n_items (G_LIST_MODEL (self->lists[k]));

      for (guint j = 0; j < n_items; j++)
        {
          g_autoptr(VwItem) other = k == VW_ITEM_META
            ? g_object_ref (VW_ITEM (self->meta))
            : g_list_model_get_item (G_LIST_MODEL (self->lists[k]), j);
          VwValueTable *table = item_table (other);
          const VwFieldInfo *fields;
          guint n;

          fields = vw_item_get_fields (other, &n);
          for (guint i = 0; i < n; i++)
            {
              const VwFieldValue *v = vw_item_peek_value (other, i);

              if (!references (&fields[i], v, kind, id))
                continue;

              if (fields[i].type == VW_FIELD_REF)
                vw_document_unset (self, other, fields[i].name);
              else
                {
                  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
                  g_auto(GStrv) rest = NULL;

                  for (guint r = 0; v->v[r]; r++)
                    if (strcmp (v->v[r], id) != 0)
                      g_strv_builder_add (b, v->v[r]);
                  rest = g_strv_builder_end (b);
                  vw_document_set_strv (self, other, fields[i].name, (const char * const *) rest);
                }
            }

          /* Table entries keyed by the removed alternative (inputs) or variable (overrides,
           * snapshots). Walk backwards: removal shifts the entries behind. */
          if (table == NULL || other == item)
            continue;
          for (guint e = vw_value_table_get_size (table); e > 0; e--)
            {
              const VwValueEntry *entry = vw_value_table_get_entry (table, e - 1);
              gboolean hit;

              if (VW_IS_VARIABLE (other))
                hit = kind == VW_ITEM_ALTERNATIVE && strcmp (entry->key1, id) == 0;
              else
                hit = (kind == VW_ITEM_VARIABLE && strcmp (entry->key1, id) == 0)
                      || (kind == VW_ITEM_ALTERNATIVE && strcmp (entry->key2, id) == 0);
              if (hit)
                {
                  g_autofree char *k1 = g_strdup (entry->key1);
                  g_autofree char *k2 = g_strdup (entry->key2);

                  set_table_value (self, other, k1, k2, FALSE, 0.0, g_strdup (""));
                }
            }
        }
    }
}

/**
 * vw_document_add_item:
 * @item: a new item with a valid id, unique in its list
 * @position: where in its list, or -1 for the end
 */
gboolean
vw_document_add_item (VwDocument  *self,
                      VwItem      *item,
                      int          position,
                      GError     **error)
{
  VwItemKind kind;
  VwCommand *cmd;
  const char *id;

  g_return_val_if_fail (VW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (VW_IS_ITEM (item), FALSE);
  if (!check_editable (self))
    return FALSE;

  kind = vw_item_get_kind (item);
  id = vw_item_get_id (item);
  g_return_val_if_fail (kind > VW_ITEM_META, FALSE);

  if (!vw_id_is_valid (id))
    {
      g_set_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_INVALID_ID,
                   _("‘%s’ cannot be used as an id: use lower-case letters, digits and _, "
                     "starting with a letter"), id ? id : "");
      return FALSE;
    }
  if (vw_document_find (self, kind, id) != NULL)
    {
      g_set_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_DUPLICATE_ID,
                   _("There is already a %s with the id ‘%s’"), _(VW_ITEM_GET_CLASS (item)->noun), id);
      return FALSE;
    }
  if (kind == VW_ITEM_ALTERNATIVE
      && g_list_model_get_n_items (G_LIST_MODEL (self->lists[kind])) >= VW_MAX_ALTERNATIVES)
    {
      g_set_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_LIMIT,
                   _("A case compares at most %d alternatives"), VW_MAX_ALTERNATIVES);
      return FALSE;
    }

  cmd = command_new (CMD_INSERT, item,
                     g_strdup_printf (_("Add %s"), vw_item_get_display_name (item)));
  cmd->position = position < 0 ? G_MAXUINT : (guint) position;
  push (self, cmd);

  return TRUE;
}

gboolean
vw_document_remove_item (VwDocument  *self,
                         VwItem      *item,
                         GError     **error)
{
  g_autofree char *label = NULL;
  VwItemKind kind;
  VwCommand *cmd;
  guint position;

  g_return_val_if_fail (VW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (VW_IS_ITEM (item), FALSE);
  if (!check_editable (self))
    return FALSE;

  kind = vw_item_get_kind (item);
  g_return_val_if_fail (kind > VW_ITEM_META, FALSE);
  g_return_val_if_fail (g_list_store_find (self->lists[kind], item, &position), FALSE);

  if (kind == VW_ITEM_ALTERNATIVE
      && g_list_model_get_n_items (G_LIST_MODEL (self->lists[kind])) <= VW_MIN_ALTERNATIVES)
    {
      g_set_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_LIMIT,
                   _("A case compares at least %d alternatives"), VW_MIN_ALTERNATIVES);
      return FALSE;
    }

  label = g_strdup_printf (_("Remove %s"), vw_item_get_display_name (item));
  vw_document_begin_group (self, label);
  unlink_references (self, item);
  cmd = command_new (CMD_REMOVE, item, g_strdup (label));
  cmd->position = position;
  push (self, cmd);
  vw_document_end_group (self);

  return TRUE;
}

gboolean
vw_document_move_item (VwDocument *self,
                       VwItem     *item,
                       guint       position)
{
  g_autofree char *label = NULL;
  VwCommand *cmd;
  guint old;

  g_return_val_if_fail (VW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (VW_IS_ITEM (item), FALSE);
  if (!check_editable (self))
    return FALSE;
  g_return_val_if_fail (g_list_store_find (self->lists[vw_item_get_kind (item)], item, &old), FALSE);

  if (old == position)
    return FALSE;

  label = g_strdup_printf (_("Move %s"), vw_item_get_display_name (item));
  vw_document_begin_group (self, label);
  cmd = command_new (CMD_REMOVE, item, g_strdup (label));
  cmd->position = old;
  push (self, cmd);
  cmd = command_new (CMD_INSERT, item, g_strdup (label));
  cmd->position = position;
  push (self, cmd);
  vw_document_end_group (self);

  return TRUE;
}

/**
 * vw_document_take_snapshot:
 * @name: e.g. "Before the meeting of 24 Nov"
 *
 * Returns: (transfer none): the new snapshot, holding a copy of every input.
 */
VwSnapshot *
vw_document_take_snapshot (VwDocument  *self,
                           const char  *name,
                           GError     **error)
{
  g_autoptr(VwSnapshot) snapshot = NULL;
  g_autoptr(GDateTime) taken = g_date_time_new_now_utc ();
  g_autofree char *taken_s = g_date_time_format_iso8601 (taken);
  VwValueTable *table;
  GListModel *variables = G_LIST_MODEL (self->lists[VW_ITEM_VARIABLE]);
  char id[32];
  guint n = 1;

  g_return_val_if_fail (VW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  do
    g_snprintf (id, sizeof id, "snapshot_%u", n++);
  while (vw_document_find (self, VW_ITEM_SNAPSHOT, id) != NULL);

  snapshot = vw_snapshot_new (id);
  vw_item_set_string (VW_ITEM (snapshot), "name", name);
  vw_item_set_string (VW_ITEM (snapshot), "taken", taken_s);
  table = vw_snapshot_get_values (snapshot);

  for (guint i = 0; i < g_list_model_get_n_items (variables); i++)
    {
      g_autoptr(VwVariable) v = g_list_model_get_item (variables, i);
      VwValueTable *inputs = vw_variable_get_values (v);

      for (guint e = 0; e < vw_value_table_get_size (inputs); e++)
        {
          const VwValueEntry *entry = vw_value_table_get_entry (inputs, e);

          if (strcmp (entry->key2, VW_VARIABLE_INPUT) == 0)
            vw_value_table_set (table, vw_item_get_id (VW_ITEM (v)), entry->key1, entry->value);
        }
    }

  if (!vw_document_add_item (self, VW_ITEM (snapshot), -1, error))
    return NULL;

  /* The add command's label says what the seller did (inside a group, the group's does). */
  if (self->groups->len == 0 && self->undo->len > 0)
    {
      VwCommand *top = g_ptr_array_index (self->undo, self->undo->len - 1);

      g_free (top->label);
      top->label = g_strdup_printf (_("Take snapshot “%s”"), name);
    }

  return snapshot;
}

/**
 * vw_document_restore_snapshot:
 *
 * Sets every input back to its value in @snapshot, as one undo step.
 */
gboolean
vw_document_restore_snapshot (VwDocument *self,
                              VwSnapshot *snapshot)
{
  g_autofree char *label = NULL;
  VwValueTable *table;
  guint before;

  g_return_val_if_fail (VW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (VW_IS_SNAPSHOT (snapshot), FALSE);
  if (!check_editable (self))
    return FALSE;

  table = vw_snapshot_get_values (snapshot);
  label = g_strdup_printf (_("Restore snapshot “%s”"),
                           vw_item_get_display_name (VW_ITEM (snapshot)));
  before = self->undo->len;
  vw_document_begin_group (self, label);
  for (guint e = 0; e < vw_value_table_get_size (table); e++)
    {
      const VwValueEntry *entry = vw_value_table_get_entry (table, e);
      VwVariable *v = vw_document_find_variable (self, entry->key1);

      if (v != NULL)
        vw_document_set_input (self, v, entry->key2, entry->value);
    }
  vw_document_end_group (self);

  return self->undo->len > before;
}
