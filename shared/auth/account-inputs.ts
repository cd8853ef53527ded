// How a username and a password are checked wherever one is typed (set-up, accounts, joining a centre).
import { z } from 'zod';

export const zUsername = z.string().trim().regex(/^[A-Za-z0-9_.-]{3,32}$/, '用户名为3至32位字母、数字、下划线');
export const zPassword = z.string().min(8, '密码至少8位').max(128, '密码过长');
